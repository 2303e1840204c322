// Per-database HTTP figures: the same production server on SQLite or PostgreSQL, measured with the
// same load generator. `npm run bench --db=sqlite|postgres` (or `npx tsx bench/database.ts --db=...`).
// PostgreSQL comes from the reliability harness, which makes a throwaway database from
// DLBOX_TEST_POSTGRES_URL when DLBOX_TEST_DB=postgres; this file only selects it.
import os from "node:os";
import { ensureBuild, startAppServer } from "../e2e/reliability/support/app-server";
import { catalogPartIds, createBuild, draftFor } from "../e2e/reliability/support/build-api";
import { exampleSharePath, searchLatency } from "./support/catalog-search";
import { load, round } from "./support/stats";

const DATABASES = ["sqlite", "postgres"] as const;
type Database = (typeof DATABASES)[number];

const PORT = Number(process.env.BENCH_DATABASE_PORT ?? 3240);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONCURRENCY = 32;

function databaseArg(argv: readonly string[], env: NodeJS.ProcessEnv): Database {
  const value = argv.find((arg) => arg.startsWith("--db="))?.slice("--db=".length) ?? env.BENCH_DB ?? "sqlite";
  if (!(DATABASES as readonly string[]).includes(value)) throw new Error(`--db must be one of ${DATABASES.join(", ")}, not "${value}"`);
  return value as Database;
}

async function main() {
  const database = databaseArg(process.argv.slice(2), process.env);
  if (database === "postgres") process.env.DLBOX_TEST_DB = "postgres";
  else delete process.env.DLBOX_TEST_DB;
  ensureBuild();
  const server = await startAppServer({ port: PORT, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
  try {
    // A harness that quietly fell back to SQLite would file SQLite numbers under PostgreSQL.
    const actual = server.databaseUrl.startsWith("file:") ? "sqlite" : "postgres";
    if (actual !== database) throw new Error(`asked for ${database} but the server runs on ${actual}`);

    const loadBefore = os.loadavg()[0]!;
    const search = await searchLatency(server.baseUrl);
    const share = `${server.baseUrl}${await exampleSharePath(server.baseUrl)}`;
    const partIds = await catalogPartIds(server.baseUrl);
    // First requests compile and cache code paths; keep them out of the measured runs.
    for (let i = 0; i < 5; i++) {
      await (await fetch(share)).arrayBuffer();
      await createBuild(server.baseUrl, draftFor(partIds, `bench-warm-up-${i}`));
    }
    const sharePage = await load(CONCURRENCY, LOAD_SECONDS * 1000, async () => {
      const response = await fetch(share);
      await response.arrayBuffer();
      return response.status === 200;
    });
    let sequence = 0;
    const creates = await load(CONCURRENCY, LOAD_SECONDS * 1000, async (worker) => {
      const created = await createBuild(server.baseUrl, draftFor(partIds, `bench-${worker}-${++sequence}`));
      return created.status === 201;
    });

    const figures = (run: typeof sharePage) => ({ requests: run.requests, rps: round(run.rps), p50Ms: round(run.p50Ms), p95Ms: round(run.p95Ms), errors: run.errors });
    const result = {
      section: "database",
      database,
      loadSeconds: LOAD_SECONDS,
      concurrency: CONCURRENCY,
      sharePage32: figures(sharePage),
      createBuild32: figures(creates),
      catalogSearchApi: search,
      // This machine is shared; a high load average during the run means lower figures.
      loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) },
    };
    console.log(`${database}: share page ${result.sharePage32.rps} req/s (p95 ${result.sharePage32.p95Ms} ms), POST /api/builds ${result.createBuild32.rps} req/s, search p50 ${search.p50Ms} ms p95 ${search.p95Ms} ms`);
    console.log(JSON.stringify(result));
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
