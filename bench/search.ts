// Relevance search at 30,000 parts through the HTTP API, on SQLite and on PostgreSQL (issue #16:
// p95 <= 30 ms). Each database gets the built-in catalog plus the whole BuildCores OpenDB, then a
// production server (`next start`) answers the searches one at a time. PostgreSQL runs when
// DLBOX_TEST_POSTGRES_URL names a server (as for the test suites); otherwise it is reported as not run.
// Run: npm run bench -- search   (or npx tsx bench/search.ts)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild, startAppServer } from "../e2e/reliability/support/app-server";
import { parseDatabaseUrl } from "../lib/config/database-url";
import { createDb } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { createThrowawayDatabase } from "../lib/db/test-postgres";
import { openDbDir } from "../lib/import-export/opendb/dataset-dir";
import { importCatalogPath } from "../lib/services/catalog-import";
import { percentile, round } from "./support/stats";

const PORT = Number(process.env.BENCH_SEARCH_PORT ?? 3260);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const GOAL_P95_MS = 30;

// The searches, what shoppers type, filters on top of words, sorts, and the picker's POST.
const GETS = [
  "category=gpu&q=1080+Ti",
  "category=cpu&q=7700K",
  "category=case&q=Define+C",
  "q=rtx+4090",
  "category=gpu&q=geforce",
  "category=memory&q=ddr5+32gb",
  "category=storage&q=samsung+990+pro&sort=price-asc",
  "category=motherboard&q=b650&formFactor=ATX",
  "category=psu&q=850w+gold&priced=1",
  "q=noctua",
  "category=cpu&q=ryzen+9",
  "category=gpu&q=4090&vramGb=24&sort=spec-desc",
];
const POSTS = [
  { category: "gpu", q: "1080 Ti" },
  { category: "cpu", q: "7700K", sort: "price-desc" },
  { category: "case", q: "define c", pricedOnly: true },
];

async function prepare(databaseUrl: string): Promise<number> {
  const config = parseDatabaseUrl(databaseUrl);
  await migrateDatabase(config);
  const db = createDb(config);
  try {
    return (await importCatalogPath(db, openDbDir())).imported;
  } finally {
    await db.$disconnect();
  }
}

async function measure(baseUrl: string) {
  const times: number[] = [];
  const one = async (run: () => Promise<Response>) => {
    const t0 = performance.now();
    const response = await run();
    const body = (await response.json()) as { total?: number };
    if (response.status !== 200 || typeof body.total !== "number") throw new Error(`search answered ${response.status}`);
    return performance.now() - t0;
  };
  const all = [
    ...GETS.map((qs) => () => fetch(`${baseUrl}/api/parts?${qs}`)),
    ...POSTS.map((body) => () => fetch(`${baseUrl}/api/parts/search`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })),
  ];
  // First requests compile code paths and load the catalog into the server's memory.
  for (const run of all) await one(run);
  for (let r = 0; r < ROUNDS; r++) for (const run of all) times.push(await one(run));
  times.sort((a, b) => a - b);
  return { requests: times.length, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2), maxMs: round(times.at(-1)!, 2) };
}

async function run(database: "sqlite" | "postgres") {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-bench-search-"));
  const adminUrl = process.env.DLBOX_TEST_POSTGRES_URL;
  const throwaway = database === "postgres" && adminUrl ? await createThrowawayDatabase(adminUrl, "dlbox_bench_search") : null;
  const databaseUrl = throwaway?.url ?? `file:${path.join(tmp, "search.db")}`;
  try {
    const imported = await prepare(databaseUrl);
    const server = await startAppServer({ port: PORT, databaseUrl, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    try {
      const load1m = os.loadavg()[0]!;
      const figures = await measure(server.baseUrl);
      const catalog = (await (await fetch(`${server.baseUrl}/api/parts?pageSize=1`)).json()) as { total: number };
      return { ...figures, importedParts: imported, catalogResults: catalog.total, loadAverage1m: round(load1m, 2), withinGoal: figures.p95Ms <= GOAL_P95_MS };
    } finally {
      await server.stop();
    }
  } finally {
    await throwaway?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  if (!fs.existsSync(path.join(openDbDir(), "open-db"))) throw new Error(`The search benchmark needs the full OpenDB: set OPENDB_DIR (now ${openDbDir()})`);
  delete process.env.DLBOX_TEST_DB;
  ensureBuild();
  const sqlite = await run("sqlite");
  console.log(`sqlite: p50 ${sqlite.p50Ms} ms, p95 ${sqlite.p95Ms} ms over ${sqlite.requests} searches`);
  const postgres = process.env.DLBOX_TEST_POSTGRES_URL ? await run("postgres") : { notRun: "DLBOX_TEST_POSTGRES_URL is not set" };
  if ("p95Ms" in postgres) console.log(`postgres: p50 ${postgres.p50Ms} ms, p95 ${postgres.p95Ms} ms over ${postgres.requests} searches`);
  const result = { section: "search", queries: GETS.length + POSTS.length, rounds: ROUNDS, goalP95Ms: GOAL_P95_MS, sqlite, postgres, cpus: os.cpus().length };
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
