import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createThrowawayDatabase, testPostgresUrl } from "../../../lib/db/test-postgres";
import { buildIsCurrent, sourceStamp, STAMP_FILE } from "../../../scripts/build-stamp";

// A production server (`next start` on the current build) on a database of its own, with its
// output captured so tests can read the logs, and a process group that can be killed outright.

export interface AppServer {
  baseUrl: string;
  databaseUrl: string;
  /** Everything the server printed since it was first started (all restarts included). */
  logs: () => string;
  /** Sends a signal to the server's whole process group and waits until it is gone. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** Starts the server again on the same database and port (after kill). */
  restart: () => Promise<void>;
  /** The running server process's id, undefined once it exited. */
  pid: () => number | undefined;
  stop: () => Promise<void>;
}

export interface AppServerOptions {
  port: number;
  /** Defaults to a fresh SQLite file, or a fresh PostgreSQL database under DLBOX_TEST_DB=postgres. */
  databaseUrl?: string;
  env?: Record<string, string>;
}

/** Builds once when sources changed since the last build (the same stamp `npm start` uses). */
export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  const stamp = sourceStamp();
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(STAMP_FILE, stamp);
}

function setupDatabase(databaseUrl: string): void {
  const result = spawnSync("npx", ["tsx", "scripts/setup-db.ts"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
  if (result.status !== 0) throw new Error(`database setup failed:\n${result.stdout}\n${result.stderr}`);
}

// Several checkouts on one machine can run the suites at once when each sets its own offset.
const PORT_OFFSET = Number(process.env.DLBOX_TEST_PORT_OFFSET ?? 0);

export async function startAppServer(requested: AppServerOptions): Promise<AppServer> {
  const options = { ...requested, port: requested.port + PORT_OFFSET };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-reliability-"));
  const adminUrl = options.databaseUrl ? null : testPostgresUrl();
  const throwaway = adminUrl ? await createThrowawayDatabase(adminUrl, "dlbox_reliability") : null;
  const databaseUrl = options.databaseUrl ?? throwaway?.url ?? `file:${path.join(tmp, "app.db")}`;
  setupDatabase(databaseUrl);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let log = "";
  let child: ChildProcess | null = null;

  const launch = async () => {
    // Suites are one client making many users' requests; the read budget has its own test.
    const env = { READ_RATE_LIMIT_PER_MINUTE: "1000000", ...process.env, ...options.env, DATABASE_URL: databaseUrl, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" };
    const next = path.join("node_modules", "next", "dist", "bin", "next");
    const proc = spawn(process.execPath, [next, "start", "-p", String(options.port), "-H", "127.0.0.1"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    proc.stdout?.on("data", (d) => (log += d));
    proc.stderr?.on("data", (d) => (log += d));
    child = proc;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`server exited early:\n${log}`);
      if (Date.now() > deadline) throw new Error(`server did not answer in time:\n${log}`);
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        if (response.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const kill = async (signal: NodeJS.Signals = "SIGTERM") => {
    const proc = child;
    if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once("exit", resolve));
    try {
      process.kill(-proc.pid, signal);
    } catch {
      return;
    }
    const timer = setTimeout(() => proc.pid && process.kill(-proc.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  await launch();
  return {
    baseUrl,
    databaseUrl,
    logs: () => log,
    kill,
    restart: launch,
    pid: () => {
      const proc = child as ChildProcess | null;
      return proc && proc.exitCode === null && proc.signalCode === null ? proc.pid : undefined;
    },
    stop: async () => {
      await kill("SIGTERM");
      await throwaway?.drop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
