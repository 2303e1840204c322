// `npm run bench`: runs every section in its own process (so one section's JIT or heap does not
// colour another's), collects the JSON each prints last, and writes bench/results.json.
// `npm run bench -- compat http` runs only the named sections.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SECTIONS = ["compat", "provisioning", "benchmark-checklist", "import", "http", "foundation"];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const sections = SECTIONS.filter((s) => (wanted.length ? wanted.includes(s) : true) && fs.existsSync(path.join("bench", `${s}.ts`)));

// A partial run (named sections) updates those sections in the previous results file.
const resultsFile = path.join("bench", "results.json");
const previous = wanted.length && fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, "utf8")) as Record<string, unknown>) : {};
const results: Record<string, unknown> = { ...previous, machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, ranAt: new Date().toISOString() };
let failed = false;
for (const section of sections) {
  console.log(`\n== ${section}`);
  const started = performance.now();
  const run = spawnSync("npx", ["tsx", path.join("bench", `${section}.ts`)], { encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout.split("\n").slice(-6).join("\n"));
  const last = run.stdout.trim().split("\n").pop() ?? "";
  try {
    results[section] = { ...JSON.parse(last), wallSeconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
  } catch {
    failed = true;
    console.error(`section ${section} printed no JSON result (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  }
}
fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote bench/results.json");
process.exit(failed ? 1 : 0);
