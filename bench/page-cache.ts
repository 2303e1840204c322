// Issue #19: the share page, the home page and a build's JSON against a static asset of the same
// server at 32 connections, warm (served from the page cache) and cold (the first request after an
// edit or a catalog change), on SQLite and on PostgreSQL in one run. Run: npx tsx bench/page-cache.ts
// (`npm run bench -- page-cache`; BENCH_DB=sqlite|postgres measures one database only).
// PostgreSQL: DLBOX_TEST_POSTGRES_URL, or a throwaway server from scripts/postgres-test-server.sh.
import { spawnSync } from "node:child_process";
import http from "node:http";
import os from "node:os";
import { ensureBuild, startAppServer, type AppServer } from "../e2e/reliability/support/app-server";
import { execSql } from "../e2e/reliability/support/db";
import { load, percentile, round } from "./support/stats";

const DATABASES = ["sqlite", "postgres"] as const;
type Database = (typeof DATABASES)[number];
const PORT = Number(process.env.BENCH_PAGE_CACHE_PORT ?? 3250);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONCURRENCY = 32;
const COLD_ROUNDS = 20;
// What a browser sends; Node's fetch would otherwise ask for gzip only over plain http.
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

function databases(): Database[] {
  const one = process.env.BENCH_DB;
  if (!one) return [...DATABASES];
  if (!(DATABASES as readonly string[]).includes(one)) throw new Error(`BENCH_DB must be one of ${DATABASES.join(", ")}`);
  return [one as Database];
}

/** A PostgreSQL admin URL: the configured one, or a throwaway local server (stopped by the returned function). */
function postgresAdmin(): { stop: () => void } {
  if (process.env.DLBOX_TEST_POSTGRES_URL) return { stop: () => undefined };
  const started = spawnSync("bash", ["scripts/postgres-test-server.sh", "start"], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`PostgreSQL for the benchmark: ${started.stderr.trim()} (set DLBOX_TEST_POSTGRES_URL, or BENCH_DB=sqlite)`);
  const vars = Object.fromEntries(started.stdout.trim().split("\n").map((line) => line.split(/=(.*)/s).slice(0, 2)));
  process.env.DLBOX_TEST_POSTGRES_URL = vars.DLBOX_TEST_POSTGRES_URL;
  return { stop: () => void spawnSync("bash", ["scripts/postgres-test-server.sh", "stop", vars.DLBOX_TEST_PG_DIR!]) };
}

async function get(url: string, headers: Record<string, string> = BROWSER) {
  const response = await fetch(url, { headers });
  const body = await response.text();
  return { status: response.status, cache: response.headers.get("x-dlbox-cache"), body };
}

/** Bytes on the wire for a browser's request (fetch would hand back the decoded body). */
function wireBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: BROWSER }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ bytes, encoding: String(response.headers["content-encoding"] ?? "identity") }));
    }).on("error", reject);
  });
}

const summary = (run: Awaited<ReturnType<typeof load>>) => ({ requests: run.requests, rps: round(run.rps), p50Ms: round(run.p50Ms), p95Ms: round(run.p95Ms), errors: run.errors });

function latencies(times: number[]) {
  const sorted = [...times].sort((x, y) => x - y);
  return { requests: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1)!) };
}

async function measure(server: AppServer) {
  const base = server.baseUrl;
  const home = await get(`${base}/`);
  const exampleId = /href="\/b\/([A-Za-z0-9_-]{22})"/.exec(home.body)?.[1];
  if (!exampleId) throw new Error("example build link not found on the home page");
  // A copy of the example build (same parts, same page weight) that this benchmark may edit.
  const example = await (await fetch(`${base}/api/builds/${exampleId}`)).json();
  const items = example.items.map((i: { partId: string; quantity: number; priceCents: number | null; discountCents: number }) => ({
    partId: i.partId, quantity: i.quantity, priceCents: i.priceCents ?? undefined, discountCents: i.discountCents,
  }));
  const draft = (name: string) => ({ name, notes: example.notes, shippingCents: example.shippingCents, taxRate: example.taxRate, currency: example.currency, items });
  const created = await fetch(`${base}/api/builds`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(draft("Bench box v1")) });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const build = (await created.json()) as { id: string; editToken: string };
  let version = 1;
  const edit = async () => {
    const response = await fetch(`${base}/api/builds/${build.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${build.editToken}` },
      body: JSON.stringify({ ...draft(`Bench box v${version + 1}`), version }),
    });
    if (response.status !== 200) throw new Error(`edit: ${response.status}`);
    version += 1;
  };

  const builder = await get(`${base}/builds/new`);
  const asset = `${base}${/<script src="([^"]+\.js)"/.exec(builder.body)![1]}`;
  const urls = { staticAsset: asset, sharePage: `${base}/b/${build.id}`, homePage: `${base}/`, buildJson: `${base}/api/builds/${build.id}`, sharePanelsJson: `${base}/api/builds/${build.id}/share-panels`, health: `${base}/api/health` };
  for (const url of Object.values(urls)) for (let i = 0; i < 5; i++) await get(url);

  const warm: Record<string, ReturnType<typeof summary>> = {};
  for (const [name, url] of Object.entries(urls)) {
    warm[name] = summary(await load(CONCURRENCY, LOAD_SECONDS * 1000, async () => (await get(url)).status === 200));
  }

  // Cold: the first request for a new version, one at a time (no other load).
  const coldShare: number[] = [];
  const coldJson: number[] = [];
  const coldHome: number[] = [];
  for (let round_ = 0; round_ < COLD_ROUNDS; round_++) {
    await edit();
    let t0 = performance.now();
    const page = await get(urls.sharePage);
    coldShare.push(performance.now() - t0);
    if (page.cache !== "miss" || !page.body.includes(`Bench box v${version}`)) throw new Error(`share page after edit: ${page.cache}`);
    t0 = performance.now();
    await get(urls.buildJson);
    coldJson.push(performance.now() - t0);
    // A catalog change (as an import would make) is what moves the home page's key.
    await execSql(server.databaseUrl, `UPDATE "Part" SET "priceCents" = "priceCents" WHERE "id" = '${items[0].partId}'`);
    t0 = performance.now();
    const homeCold = await get(urls.homePage);
    coldHome.push(performance.now() - t0);
    if (homeCold.cache !== "miss") throw new Error(`home after a catalog change: ${homeCold.cache}`);
  }

  // A popular page that its owner keeps editing: one edit per second during the 32-way load.
  let edits = 0;
  let misses = 0;
  const editing = setInterval(() => void edit().then(() => (edits += 1)), 1000);
  const churn = await load(CONCURRENCY, LOAD_SECONDS * 1000, async () => {
    const page = await get(urls.sharePage);
    if (page.cache === "miss") misses += 1;
    return page.status === 200;
  });
  clearInterval(editing);

  const ratio = (name: string) => round(warm[name]!.rps / warm.staticAsset!.rps, 3);
  return {
    warm,
    ratioToStatic: { sharePage: ratio("sharePage"), homePage: ratio("homePage"), buildJson: ratio("buildJson") },
    goal: { sharePageRatio: 0.5, sharePageP95Ms: 50, met: ratio("sharePage") >= 0.5 && warm.sharePage!.p95Ms <= 50 },
    cold: { sharePageAfterEdit: latencies(coldShare), buildJsonAfterEdit: latencies(coldJson), homePageAfterCatalogChange: latencies(coldHome) },
    sharePageWhileEditedEverySecond: { ...summary(churn), edits, renders: misses },
    bytesOnTheWire: {
      sharePage: await wireBytes(urls.sharePage),
      sharePanelsJson: await wireBytes(urls.sharePanelsJson),
      homePage: await wireBytes(urls.homePage),
      staticAsset: await wireBytes(urls.staticAsset),
    },
  };
}

async function main() {
  ensureBuild();
  const result: Record<string, unknown> = { section: "page-cache", loadSeconds: LOAD_SECONDS, concurrency: CONCURRENCY, coldRounds: COLD_ROUNDS };
  for (const database of databases()) {
    const admin = database === "postgres" ? postgresAdmin() : null;
    if (database === "postgres") process.env.DLBOX_TEST_DB = "postgres";
    else delete process.env.DLBOX_TEST_DB;
    const loadBefore = os.loadavg()[0]!;
    const server = await startAppServer({ port: PORT, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    try {
      const actual = server.databaseUrl.startsWith("file:") ? "sqlite" : "postgres";
      if (actual !== database) throw new Error(`asked for ${database} but the server runs on ${actual}`);
      const figures = await measure(server);
      result[database] = { ...figures, loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) } };
      const w = figures.warm;
      console.log(`${database}: static ${w.staticAsset!.rps} req/s; share ${w.sharePage!.rps} req/s p95 ${w.sharePage!.p95Ms} ms (ratio ${figures.ratioToStatic.sharePage}); home ${w.homePage!.rps}; build JSON ${w.buildJson!.rps}; cold share p50 ${figures.cold.sharePageAfterEdit.p50Ms} ms`);
    } finally {
      await server.stop();
      admin?.stop();
    }
  }
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
