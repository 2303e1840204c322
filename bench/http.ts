// HTTP figures against a production server started like `npm start` (build reused when current):
// time to first page, catalog search API latency, share page vs static asset under 32-way load,
// and the builder page's first-load JS. Run: npx tsx bench/http.ts
import { gzipSync } from "node:zlib";
import { startServer } from "./support/server";
import { load, percentile, round } from "./support/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const SEARCHES = ["category=gpu", "category=gpu&vramGb=16&sort=price-asc", "q=rtx", "category=cpu&socket=AM5", "q=ddr5 32gb", "category=case&maxGpuLengthMm=350", "category=psu&wattage=1000&sort=spec-desc"];

async function searchLatency(baseUrl: string) {
  const times: number[] = [];
  for (let round_ = 0; round_ < 30; round_++) {
    for (const query of SEARCHES) {
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/parts?${query}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`search ${query}: ${response.status}`);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { requests: times.length, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2) };
}

async function firstLoadJs(baseUrl: string, path: string) {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  // `noModule` scripts are legacy polyfills that module-capable browsers never download.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]!))];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { path, scripts: scripts.length, rawKb: round(rawBytes / 1024), gzipKb: round(gzipBytes / 1024), staticAsset: scripts[0] ?? null };
}

async function main() {
  const server = await startServer({ port: PORT });
  try {
    const home = await (await fetch(`${server.baseUrl}/`)).text();
    const share = /href="(\/b\/[A-Za-z0-9_-]{22})"/.exec(home)?.[1];
    if (!share) throw new Error("example build link not found on the home page");
    const search = await searchLatency(server.baseUrl);
    const js = await firstLoadJs(server.baseUrl, "/builds/new");
    const asset = new URL(js.staticAsset ?? "/favicon.ico", server.baseUrl).toString();
    const hit = (url: string) => async () => {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.status === 200;
    };
    const sharePage = await load(32, LOAD_SECONDS * 1000, hit(`${server.baseUrl}${share}`));
    const staticFile = await load(32, LOAD_SECONDS * 1000, hit(asset));
    const result = {
      section: "http",
      warmStartToFirstPageMs: Math.round(server.firstPageMs),
      catalogSearchApi: search,
      sharePage32: { rps: round(sharePage.rps), p95Ms: round(sharePage.p95Ms), errors: sharePage.errors },
      staticAsset32: { rps: round(staticFile.rps), p95Ms: round(staticFile.p95Ms), errors: staticFile.errors },
      shareToStaticRpsRatio: round(sharePage.rps / staticFile.rps, 3),
      builderFirstLoadJs: { scripts: js.scripts, rawKb: js.rawKb, gzipKb: js.gzipKb, goalKb: 150 },
    };
    console.log(`share page ${result.sharePage32.rps} req/s (p95 ${result.sharePage32.p95Ms} ms) vs static ${result.staticAsset32.rps} req/s`);
    console.log(JSON.stringify(result));
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
