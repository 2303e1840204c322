// Times planProvisioning + renderProvisionScript per build, on one core.
// Run: npx tsx bench/provisioning.ts. The last stdout line is the JSON summary bench/run.ts reads.
import type { ResolvedBuild } from "../lib/builds/types";
import { planProvisioning, renderProvisionScript, type ProvisionOptions } from "../lib/provisioning";
import { ALL_FRAMEWORKS, buildWith, options } from "../lib/provisioning/test-fixtures";

const WARMUP = 300;
const BATCHES = 30;
const PER_BATCH = 20;
// The script is generated on each download request; 5 ms keeps it well under network time.
const GOAL_MS = 5;
const meta = { generatedAt: new Date("2026-11-05T12:00:00Z"), buildUrl: "https://planner.example/builds/bench" };
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

const everything = options({ frameworks: "pytorch,tensorflow,jax", jupyter: true, docker: true, sshHardening: true });
const CASES: [ResolvedBuild, ProvisionOptions][] = [
  [buildWith(["gtx1080ti"], { name: "GTX 1080 Ti" }), ALL_FRAMEWORKS],
  [buildWith([["rtx4090", 4]], { name: "4 x RTX 4090" }), everything],
  [buildWith(["gtx1080ti", "rtx4090"], { name: "Mixed Pascal + Ada" }), everything],
  [buildWith(["k80"], { name: "Tesla K80" }), options({ os: "22.04", env: "uv" })],
  [buildWith([], { name: "CPU-only" }), ALL_FRAMEWORKS],
  [buildWith(["rtx5090"], { name: "RTX 5090 on 26.04" }), options({ os: "26.04", frameworks: "pytorch,tensorflow,jax", docker: true })],
  [buildWith(["rx7900xtx"], { name: "RX 7900 XTX (ROCm)" }), ALL_FRAMEWORKS],
];

let sink = 0;
function once(build: ResolvedBuild, opts: ProvisionOptions): number {
  const plan = planProvisioning(build, opts);
  const script = renderProvisionScript(build, plan, meta);
  // Keep the results observable so the JIT cannot drop the work.
  sink += plan.reasons.length + script.length;
  return script.length;
}

function time([build, opts]: [ResolvedBuild, ProvisionOptions]) {
  for (let i = 0; i < WARMUP; i++) once(build, opts);
  // Batches, because one plan and render is too short for the clock to time on its own.
  const perBuildMs: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < PER_BATCH; i++) once(build, opts);
    perBuildMs.push(Number(process.hrtime.bigint() - t0) / 1e6 / PER_BATCH);
  }
  perBuildMs.sort((a, b) => a - b);
  const meanMs = perBuildMs.reduce((a, b) => a + b, 0) / perBuildMs.length;
  return {
    build: build.name,
    scriptBytes: once(build, opts),
    msPerPlanAndRender: round(meanMs),
    p50Ms: round(perBuildMs[Math.floor(perBuildMs.length / 2)] ?? meanMs),
  };
}

const results = CASES.map(time);
for (const r of results) {
  console.log(`${r.build}: script ${r.scriptBytes} bytes, mean ${r.msPerPlanAndRender} ms, p50 ${r.p50Ms} ms`);
}
const worst = Math.max(...results.map((r) => r.msPerPlanAndRender));
console.log(`worst mean ${worst} ms per plan + render, goal <= ${GOAL_MS} ms (checksum ${sink % 997})`);
console.log(
  JSON.stringify({
    section: "provisioning",
    msPerPlanAndRender: worst,
    goalMs: GOAL_MS,
    withinGoal: worst <= GOAL_MS,
    iterations: results.length * (WARMUP + BATCHES * PER_BATCH),
    builds: results,
  }),
);
