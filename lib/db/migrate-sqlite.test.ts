import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrateSqlite } from "./migrate-sqlite";
import { readMigrations } from "./migrations";

const dirs: string[] = [];
function tempDbPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-migrate-"));
  dirs.push(dir);
  return path.join(dir, "nested", "app.db");
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("migrateSqlite", () => {
  it("creates the file, applies every migration and records it as Prisma Migrate does", () => {
    const file = tempDbPath();
    const result = migrateSqlite(file);
    const migrations = readMigrations();
    expect(result.applied).toEqual(migrations.map((m) => m.name));

    const db = new Database(file, { readonly: true });
    const rows = db.prepare(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`).all() as {
      migration_name: string; checksum: string; finished_at: string; applied_steps_count: number;
    }[];
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    db.close();

    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.checksum).toBe(migrations[0]?.checksum);
    expect(Number.isNaN(Date.parse(rows[0]!.finished_at))).toBe(false);
    expect(tables).toEqual(expect.arrayContaining(["Part", "Build", "BuildItem", "AppSetting"]));
  });

  it("is idempotent: a second run applies nothing", () => {
    const file = tempDbPath();
    migrateSqlite(file);
    const again = migrateSqlite(file);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
  });

  it("refuses a migration whose file changed after it was applied", () => {
    const file = tempDbPath();
    const migrations = readMigrations();
    migrateSqlite(file, migrations);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    expect(() => migrateSqlite(file, edited)).toThrow(/checksum mismatch/);
  });

  it("adds the fork foreign key without touching items or runs, clearing links to deleted builds", () => {
    const file = tempDbPath();
    const migrations = readMigrations();
    const at = migrations.findIndex((m) => m.name.endsWith("_fork_source_set_null"));
    migrateSqlite(file, migrations.slice(0, at));
    const db = new Database(file);
    const now = new Date().toISOString();
    const build = db.prepare(`INSERT INTO "Build" (id, name, editTokenHash, forkedFromId, updatedAt) VALUES (?, ?, 'h', ?, ?)`);
    build.run("source", "Source", null, now);
    build.run("fork", "Fork", "source", now);
    build.run("orphan", "Orphan", "deleted-long-ago", now);
    db.prepare(`INSERT INTO "BuildItem" (id, buildId, position, customName, customCategory, quantity) VALUES ('i1', 'source', 0, 'Paste', 'other', 1)`).run();
    db.close();

    migrateSqlite(file, migrations);
    const after = new Database(file);
    after.pragma("foreign_keys = ON");
    const links = () => after.prepare(`SELECT id, forkedFromId FROM "Build" ORDER BY id`).all();
    expect(links()).toEqual([{ id: "fork", forkedFromId: "source" }, { id: "orphan", forkedFromId: null }, { id: "source", forkedFromId: null }]);
    expect(after.prepare(`SELECT COUNT(*) AS n FROM "BuildItem"`).get()).toEqual({ n: 1 });
    after.prepare(`DELETE FROM "Build" WHERE id = 'source'`).run();
    expect(links()).toEqual([{ id: "fork", forkedFromId: null }, { id: "orphan", forkedFromId: null }]);
    after.close();
  });
});
