import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface RunningServer {
  baseUrl: string;
  /** Milliseconds from spawning `npm start`'s script to the first 200 on "/". */
  firstPageMs: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the production server the way `npm start` does, on a throwaway database. */
export async function startServer(options: { cwd?: string; port: number; databaseUrl?: string; timeoutMs?: number }): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd();
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-bench-"));
  const env = { READ_RATE_LIMIT_PER_MINUTE: "1000000", WRITE_RATE_LIMIT_PER_MINUTE: "1000000", ...process.env, PORT: String(options.port), DATABASE_URL: options.databaseUrl ?? `file:${path.join(dbDir, "bench.db")}`, NEXT_TELEMETRY_DISABLED: "1" };
  const started = performance.now();
  const child: ChildProcess = spawn("npm", ["start"], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    if (Date.now() > deadline) throw new Error(`server did not answer in time:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const firstPageMs = performance.now() - started;
  return {
    baseUrl,
    firstPageMs,
    output: () => log,
    stop: async () => {
      // npm start spawns tsx -> next; signal the whole process group and wait until every process
      // in it has exited. Polling the port is not enough: fetch reuses keep-alive sockets, which a
      // shutting-down server still answers.
      const group = child.pid ? -child.pid : 0;
      const alive = (sig: NodeJS.Signals | 0) => {
        try {
          if (group) process.kill(group, sig);
          return group !== 0;
        } catch {
          return false;
        }
      };
      alive("SIGTERM");
      const killAt = Date.now() + 10_000;
      while (alive(0)) {
        if (Date.now() > killAt) alive("SIGKILL");
        await new Promise((r) => setTimeout(r, 200));
      }
      fs.rmSync(dbDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    },
  };
}
