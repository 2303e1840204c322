import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("start-up with a malformed DATABASE_URL", () => {
  it("stops with exit 1 and one line naming the problem, no stack trace", () => {
    const run = spawnSync("npx", ["tsx", "scripts/start.ts"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "mysql://root@localhost/db" } });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual(["Configuration error: DATABASE_URL scheme mysql: is not supported; use file:./data/app.db (SQLite) or postgres://..."]);
    expect(run.stdout).toBe("");
  });

  it("rejects a PORT that is not a port number before touching the database", () => {
    const run = spawnSync("npx", ["tsx", "scripts/start.ts"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "file:/nonexistent-dir/x.db", PORT: "http" } });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Configuration error: PORT "http" is not a port number');
  });

  it("rejects a malformed WRITE_RATE_LIMIT_PER_MINUTE before touching the database", () => {
    const run = spawnSync("npx", ["tsx", "scripts/start.ts"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "file:/nonexistent-dir/x.db", WRITE_RATE_LIMIT_PER_MINUTE: "lots" } });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Configuration error: WRITE_RATE_LIMIT_PER_MINUTE "lots" is not a whole number from 0 to 1000000000');
  });
});
