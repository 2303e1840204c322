// HTTP figures against a production server started like `npm start` (build reused when current):
// time to first page, catalog search API latency, share page vs static asset under 32-way load,
// and the builder page's first-load JS. Run: npx tsx bench/http.ts
import { gzipSync } from "node:zlib";
import { startServer } from "./support/server";
import { exampleSharePath, searchLatency } from "./support/catalog-search";
import { load, round } from "./support/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
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
    const share = await exampleSharePath(server.baseUrl);
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
