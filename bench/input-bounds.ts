// Issue 13's figures: the compatible-parts search with a 64-line build over the full OpenDB
// catalog (through the API, goal p95 <= 50 ms), analysis of worst-case drafts (goal <= 20 ms) and
// the PCPartPicker parser on 1 MiB of hostile and of ordinary text (goal <= 1 s).
// Run: npx tsx bench/input-bounds.ts [--db=sqlite|postgres]; needs the OpenDB checkout (OPENDB_DIR).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import fc from "fast-check";
import { ensureBuild, startAppServer } from "../e2e/reliability/support/app-server";
import { buildDraftSchema } from "../lib/builds/draft";
import { normalizeDraft } from "../lib/builds/normalize-draft";
import { analyzeBuild } from "../lib/compat/analyze";
import { boundedDraft } from "../lib/compat/fixtures/bounded-draft";
import { parsePcPartPickerList } from "../lib/import-export/pcpp-parse";
import { openDbDir } from "../lib/import-export/opendb/dataset-dir";
import { percentile, round } from "./support/stats";

const PORT = Number(process.env.BENCH_INPUT_PORT ?? 3245) + Number(process.env.DLBOX_TEST_PORT_OFFSET ?? 0);
const MIB = 1024 * 1024;
const PICKER_CATEGORIES = ["gpu", "cpu", "motherboard", "memory", "storage", "case", "psu", "cpu-cooler"];
const ROUNDS = 15;

function worstCaseAnalysis() {
  const drafts = fc.sample(boundedDraft, { numRuns: 200, seed: 13 });
  const times: number[] = [];
  for (const draft of drafts) {
    const normalized = normalizeDraft(buildDraftSchema.parse(draft), new Map());
    if (!normalized.ok) throw new Error("a bounded draft was refused");
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      analyzeBuild(normalized.resolved);
      best = Math.min(best, performance.now() - started);
    }
    times.push(best);
  }
  times.sort((a, b) => a - b);
  return { drafts: drafts.length, lines: 64, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2), maxMs: round(times.at(-1)!, 2), goalMs: 20 };
}

function fill(unit: string, prefix = "", suffix = ""): string {
  const n = MIB - 1000;
  return prefix + unit.repeat(Math.ceil((n - prefix.length - suffix.length) / unit.length)).slice(0, n - prefix.length - suffix.length) + suffix;
}

function parserOnOneMiB() {
  const table = "| Type | Item | Price |\n| :-- | :-- | :-- |\n";
  const inputs: Record<string, string> = {
    ordinaryRows: fill("| **CPU** | [Intel Core i7-7700K 4.2 GHz Quad-Core Processor](https://pcpartpicker.com/product/x) | $339.99 @ Amazon |\n", table),
    longDigitRuns: fill(`| CPU | ${"1".repeat(20_000)}tx | $1 |\n`, table),
    emphasisOpeners: fill("*a\t", `${table}| GPU | `),
    unclosedBrackets: fill("[", `${table}| CPU | `),
    labelSpaces: fill("\t", "CPU: ", "x"),
    colonsAndSpaces: fill(":\t", "CPU"),
  };
  const out: Record<string, number> = {};
  for (const [name, text] of Object.entries(inputs)) {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      parsePcPartPickerList(text);
      best = Math.min(best, performance.now() - started);
    }
    out[name] = round(best, 1);
  }
  return { bytes: MIB, msByInput: out, maxMs: Math.max(...Object.values(out)), goalMs: 1000 };
}

async function post(url: string, body: unknown) {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await response.json()) as { items: unknown[]; totalExact?: boolean };
  if (response.status !== 200) throw new Error(`search: ${response.status} ${JSON.stringify(json)}`);
  return { ms: performance.now() - started, json };
}

async function compatibleSearch() {
  const dataset = openDbDir();
  if (!fs.existsSync(dataset)) throw new Error(`OpenDB not found at ${dataset}: set OPENDB_DIR`);
  ensureBuild();
  const server = await startAppServer({ port: PORT });
  try {
    const imported = spawnSync("npx", ["tsx", "scripts/catalog-import.ts", dataset], { encoding: "utf8", env: { ...process.env, DATABASE_URL: server.databaseUrl } });
    if (imported.status !== 0) throw new Error(`catalog import failed:\n${imported.stderr.slice(-2000)}`);
    // The server notices the import within 2 s (catalog fingerprint); wait until it lists all.
    let parts = 0;
    for (let i = 0; i < 100 && parts < 29_000; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      parts = ((await (await fetch(`${server.baseUrl}/api/parts?pageSize=1`)).json()) as { total: number }).total;
    }
    // A 64-line build from real catalog parts: the example build's parts plus many more lines.
    const ids: string[] = [];
    for (const category of PICKER_CATEGORIES) {
      const page = (await (await fetch(`${server.baseUrl}/api/parts?category=${category}&pageSize=8&sort=newest`)).json()) as { items: { id: string }[] };
      ids.push(...page.items.map((p) => p.id));
    }
    const items = Array.from({ length: 64 }, (_, i) => ({ partId: ids[i % ids.length]!, quantity: 1 + (i % 4) }));
    const url = `${server.baseUrl}/api/parts/search`;
    for (const category of PICKER_CATEGORIES) await post(url, { category, compatibleWith: { items } });
    const times: number[] = [];
    const perCategory: Record<string, { p50Ms: number; p95Ms: number }> = {};
    let exhausted = 0;
    for (const category of PICKER_CATEGORIES) {
      const own: number[] = [];
      for (let r = 0; r < ROUNDS; r += 1) {
        const { ms, json } = await post(url, { category, sort: r % 2 ? "price-asc" : "name", pageSize: 20, compatibleWith: { items } });
        own.push(ms);
        if (json.totalExact === false && json.items.length < 20) exhausted += 1;
      }
      own.sort((a, b) => a - b);
      perCategory[category] = { p50Ms: round(percentile(own, 50), 1), p95Ms: round(percentile(own, 95), 1) };
      times.push(...own);
    }
    times.sort((a, b) => a - b);
    return {
      database: server.databaseUrl.startsWith("file:") ? "sqlite" : "postgres",
      catalogParts: parts,
      buildLines: items.length,
      requests: times.length,
      p50Ms: round(percentile(times, 50), 1),
      p95Ms: round(percentile(times, 95), 1),
      goalMs: 50,
      perCategory,
      pagesShortOfBudget: exhausted,
    };
  } finally {
    await server.stop();
  }
}

async function main() {
  const db = process.argv.find((a) => a.startsWith("--db="))?.slice(5) ?? process.env.BENCH_DB ?? "sqlite";
  if (db === "postgres") process.env.DLBOX_TEST_DB = "postgres";
  else delete process.env.DLBOX_TEST_DB;
  const analysis = worstCaseAnalysis();
  console.log(`worst-case analysis: p95 ${analysis.p95Ms} ms, max ${analysis.maxMs} ms over ${analysis.drafts} drafts`);
  const parser = parserOnOneMiB();
  console.log(`PCPartPicker parser on 1 MiB: max ${parser.maxMs} ms`, parser.msByInput);
  const search = await compatibleSearch();
  console.log(`compatible-parts search, ${search.buildLines}-line build, ${search.catalogParts} parts (${search.database}): p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms`);
  console.log(JSON.stringify({ section: "input-bounds", worstCaseAnalysis: analysis, pcppParser1MiB: parser, compatibleSearch: search }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
