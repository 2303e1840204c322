// Foundation figures on a clean clone of the committed HEAD: `npm ci` time, then `npm start`
// cold (migrate + seed + build + serve) to the first page, then a second start (build reused).
// Run: npx tsx bench/foundation.ts   (npm's package cache is whatever this machine has)
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3401);
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-clone-"));
  try {
    execFileSync("git", ["clone", "--quiet", process.cwd(), dir]);
    const t0 = performance.now();
    const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (install.status !== 0) throw new Error(`npm ci failed:\n${install.stderr}`);
    const installMs = performance.now() - t0;

    const dbUrl = `file:${path.join(dir, "data", "bench.db")}`;
    const cold = await startServer({ cwd: dir, port: PORT, databaseUrl: dbUrl });
    const builtIn = /app: built in ([\d.]+) s/.exec(cold.output())?.[1];
    await cold.stop();
    const warm = await startServer({ cwd: dir, port: PORT, databaseUrl: dbUrl });
    const counts = await (await fetch(`${warm.baseUrl}/api/parts?pageSize=1`)).json();
    await warm.stop();

    const result = {
      section: "foundation",
      npmCiSeconds: seconds(installMs),
      buildSeconds: builtIn ? Number(builtIn) : null,
      coldStartToFirstPageSeconds: seconds(cold.firstPageMs),
      warmStartToFirstPageSeconds: seconds(warm.firstPageMs),
      catalogParts: counts.total,
    };
    console.log(JSON.stringify(result));
  } finally {
    // The stopped server can still be flushing its cache files for a moment.
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
    } catch (error) {
      console.error(`could not remove ${dir}: ${(error as Error).message}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
