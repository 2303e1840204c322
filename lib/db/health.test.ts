import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { checkDatabase } from "./health";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await t?.cleanup();
  t = null;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const tmpDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-health-"));
  dirs.push(dir);
  return dir;
};

const sqliteAt = (filePath: string) => createDb({ kind: "sqlite", url: `file:${filePath}`, filePath });

describe("database health check", () => {
  it("is ok on a migrated database (SQLite, or PostgreSQL under DLBOX_TEST_DB=postgres)", async () => {
    t = await createTestDb();
    expect(await checkDatabase(t.db)).toBe("ok");
  });

  it("fails when PostgreSQL refuses the connection", async () => {
    const db = createDb({ kind: "postgres", url: "postgres://nobody@127.0.0.1:1/none", poolMax: 1 });
    expect(await checkDatabase(db)).toBe("unreachable");
  });

  it("fails when the SQLite file cannot be opened, or is not this app's database", async () => {
    expect(await checkDatabase(sqliteAt(path.join(tmpDir(), "missing", "dir", "app.db")))).toBe("unreachable");
    const empty = path.join(tmpDir(), "empty.db");
    new Database(empty).close();
    expect(await checkDatabase(sqliteAt(empty))).toBe("unreachable");
    const garbage = path.join(tmpDir(), "garbage.db");
    fs.writeFileSync(garbage, "this is not a database".repeat(100));
    expect(await checkDatabase(sqliteAt(garbage))).toBe("unreachable");
  });
});
