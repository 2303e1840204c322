// `npm run bench`: runs every section in its own process (so one section's JIT or heap does not
// colour another's), collects the JSON each prints last, and writes bench/results.json.
// `npm run bench -- compat http` runs only the named sections. `npm run bench --db=postgres` (or
// `npm run bench -- database --db=postgres`) runs the database section against that database; its
// figures are kept per database, so a run on one leaves the other's in place.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SECTIONS = ["compat", "provisioning", "benchmark-checklist", "workloads", "import", "search", "input-bounds", "http", "page-cache", "database", "foundation", "keyboard"];
// npm turns `npm run bench --db=x` into npm_config_db; `-- --db=x` arrives as an argument.
const db = process.argv.find((a) => a.startsWith("--db="))?.slice("--db=".length) ?? process.env.npm_config_db;
const named = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const wanted = named.length === 0 && db ? ["database"] : named;
const sections = SECTIONS.filter((s) => (wanted.length ? wanted.includes(s) : true) && fs.existsSync(path.join("bench", `${s}.ts`)));

// A partial run (named sections) updates those sections in the previous results file.
const resultsFile = path.join("bench", "results.json");
const saved = fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, "utf8")) as Record<string, unknown>) : {};
const previous = wanted.length ? saved : {};
const results: Record<string, unknown> = { ...previous, machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, ranAt: new Date().toISOString() };
let failed = false;
for (const section of sections) {
  console.log(`\n== ${section}`);
  const started = performance.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(db ? { BENCH_DB: db } : {}) };
  const run = spawnSync("npx", ["tsx", path.join("bench", `${section}.ts`)], { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout.split("\n").slice(-6).join("\n"));
  const last = run.stdout.trim().split("\n").pop() ?? "";
  try {
    const result = { ...JSON.parse(last), wallSeconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
    if (section === "database") {
      // Keyed by database, keeping the figures of the database this run did not measure.
      results.database = { ...(saved.database as object | undefined), [result.database]: { ...result, ranAt: new Date().toISOString() } };
    } else {
      results[section] = result;
    }
  } catch {
    failed = true;
    console.error(`section ${section} printed no JSON result (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  }
}
fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote bench/results.json");
process.exit(failed ? 1 : 0);
