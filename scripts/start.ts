import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { parseDatabaseUrl } from "../lib/config/database-url";
import { parsePageCacheMb } from "../lib/config/page-cache";
import { checkWriteLimitConfig } from "../lib/config/write-limits";
import { buildIsCurrent, sourceStamp, STAMP_FILE } from "./build-stamp";
import { exitOnConfigError, runSetup } from "./setup-db";

// `npm start`: validate configuration, migrate + seed, build when sources changed, serve.
async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  parseDatabaseUrl(process.env.DATABASE_URL);
  checkWriteLimitConfig(process.env);
  parsePageCacheMb(process.env.PAGE_CACHE_MB);
  const port = process.env.PORT ?? "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    console.error(`Configuration error: PORT "${port}" is not a port number`);
    process.exit(1);
  }
  await runSetup();

  if (buildIsCurrent()) {
    console.log("app: build is up to date");
  } else {
    const stamp = sourceStamp();
    const started = performance.now();
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
    fs.writeFileSync(STAMP_FILE, stamp);
    console.log(`app: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch(exitOnConfigError);
