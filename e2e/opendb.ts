import { spawnSync } from "node:child_process";

// The second end-to-end server (playwright.config.ts): the same app with the whole OpenDB imported.
const port = Number(process.env.E2E_PORT ?? 3100) + 1;

/** Its base URL; against an already running server, E2E_OPENDB_BASE_URL (else E2E_BASE_URL). */
export const OPENDB_BASE_URL = process.env.E2E_OPENDB_BASE_URL ?? process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

/** Its database, for the command-line tools a user runs next to the server (prices:import). */
export const OPENDB_DATABASE_URL = process.env.E2E_OPENDB_DATABASE_URL || "file:./data/e2e-opendb.db";

/** Runs `npm run <script> -- <args>` against that database, as a user would. */
export function runScript(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npx", ["tsx", `scripts/${script}.ts`, ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: OPENDB_DATABASE_URL } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
