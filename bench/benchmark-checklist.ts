// Times buildChecklist + renderChecklistMarkdown + renderBenchmarkScript per build, on one core.
// Run: npx tsx bench/benchmark-checklist.ts. The last stdout line is the JSON summary bench/run.ts reads.
import type { ResolvedBuild } from "../lib/builds/types";
import { buildChecklist, renderBenchmarkScript, renderChecklistMarkdown } from "../lib/benchmark";
import { CPU_ONLY_BUILD, DUAL_1080TI_BUILD, EXAMPLE_BUILD, RTX_4090_BUILD } from "../lib/benchmark/fixtures/builds";

const WARMUP = 2000;
const BATCHES = 50;
const PER_BATCH = 40;
// The script page renders all three on request; 1 ms keeps that invisible next to the network.
const GOAL_US = 1000;
const meta = { generatedAt: new Date("2026-11-20T10:00:00Z") };
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

let sink = 0;
function once(build: ResolvedBuild): void {
  const checklist = buildChecklist(build, { driverBranch: "580" });
  const markdown = renderChecklistMarkdown(build, checklist, meta);
  const script = renderBenchmarkScript(build, checklist, meta);
  // Keep the results observable so the JIT cannot drop the work.
  sink += checklist.sections.length + markdown.length + script.length;
}

function time(build: ResolvedBuild) {
  for (let i = 0; i < WARMUP; i++) once(build);
  // Batches, because one render is too short for the clock to time on its own.
  const perBuildUs: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < PER_BATCH; i++) once(build);
    perBuildUs.push(Number(process.hrtime.bigint() - t0) / 1000 / PER_BATCH);
  }
  perBuildUs.sort((a, b) => a - b);
  const meanUs = perBuildUs.reduce((a, b) => a + b, 0) / perBuildUs.length;
  const p50Us = perBuildUs[Math.floor(perBuildUs.length / 2)] ?? meanUs;
  const checklist = buildChecklist(build);
  return {
    build: build.name,
    items: checklist.sections.reduce((n, s) => n + s.items.length, 0),
    scriptBytes: renderBenchmarkScript(build, checklist, meta).length,
    usPerBuild: round(meanUs),
    p50UsPerBuild: round(p50Us),
  };
}

const results = [EXAMPLE_BUILD, DUAL_1080TI_BUILD, CPU_ONLY_BUILD, RTX_4090_BUILD].map(time);
for (const r of results) {
  console.log(`${r.build}: ${r.items} items, script ${r.scriptBytes} bytes, mean ${r.usPerBuild} us, p50 ${r.p50UsPerBuild} us`);
}
const worst = Math.max(...results.map((r) => r.usPerBuild));
console.log(`worst mean ${worst} us/build, goal <= ${GOAL_US} us (checksum ${sink % 997})`);
console.log(
  JSON.stringify({
    section: "benchmark-checklist",
    usPerBuild: worst,
    goalUs: GOAL_US,
    withinGoal: worst <= GOAL_US,
    iterations: results.length * BATCHES * PER_BATCH,
    builds: results,
  }),
);
