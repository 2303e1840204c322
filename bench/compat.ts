// Times checkCompatibility + estimatePower + computeCost together on a twelve-line build, on one
// core. Run: npx tsx bench/compat.ts. The last stdout line is the JSON summary bench/run.ts reads.
import { checkCompatibility } from "../lib/compat";
import { twelvePartBuild } from "../lib/compat/fixtures/builds";
import { estimatePower } from "../lib/power";
import { computeCost } from "../lib/pricing";

const WARMUP = 20_000;
const BATCHES = 200;
const PER_BATCH = 500;
const GOAL_US = 20;

const build = twelvePartBuild;
let sink = 0;

function once(): void {
  const report = checkCompatibility(build);
  const power = estimatePower(build);
  const cost = computeCost(build);
  // Keep the results observable so the JIT cannot drop the work.
  sink += report.findings.length + power.estimatedW + cost.totalCents;
}

for (let i = 0; i < WARMUP; i++) once();

// Per-build times come from batches: one call is too short for the clock to time on its own.
const perBuildUs: number[] = [];
const start = process.hrtime.bigint();
for (let b = 0; b < BATCHES; b++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < PER_BATCH; i++) once();
  perBuildUs.push(Number(process.hrtime.bigint() - t0) / 1000 / PER_BATCH);
}
const totalUs = Number(process.hrtime.bigint() - start) / 1000;

perBuildUs.sort((a, b) => a - b);
const builds = BATCHES * PER_BATCH;
const meanUs = totalUs / builds;
const p50Us = perBuildUs[Math.floor(perBuildUs.length / 2)] ?? meanUs;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

console.log(`build: ${build.name} (${build.items.length} lines), ${builds} runs after ${WARMUP} warm-up runs`);
console.log(`mean ${round(meanUs)} us/build, p50 ${round(p50Us)} us/build, goal <= ${GOAL_US} us (checksum ${sink % 997})`);
console.log(
  JSON.stringify({
    section: "compat",
    usPerBuild: round(meanUs),
    p50UsPerBuild: round(p50Us),
    buildsPerSecond: Math.round(1e6 / meanUs),
    iterations: builds,
    goalUs: GOAL_US,
    withinGoal: meanUs <= GOAL_US,
  }),
);
