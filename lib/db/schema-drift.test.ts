import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrateSqlite } from "./migrate-sqlite";
import { readSchemaModels } from "./schema-model";

// SQLite's declared types for Prisma's scalars, as Prisma Migrate writes them.
const SQLITE_TYPES = { String: "TEXT", Int: "INTEGER", Boolean: "BOOLEAN", DateTime: "DATETIME" } as const;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-drift-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SQLite migrations match prisma/schema.prisma", () => {
  const models = readSchemaModels(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8"));
  const file = path.join(dir, "drift.db");
  migrateSqlite(file);
  const db = new Database(file, { readonly: true });
  afterAll(() => db.close());

  it("reads every model of the schema", () => {
    expect(models.map((m) => m.name)).toEqual(["Part", "PriceObservation", "Build", "BuildItem", "BenchmarkRun", "CacheRevision", "LanguageModel", "AppSetting"]);
  });

  it("adds the full-text index schema.prisma cannot express: an FTS5 table kept in step by triggers", () => {
    const objects = db.prepare(`SELECT type, name FROM sqlite_master WHERE name LIKE 'PartSearch%' OR name LIKE 'Part_search_%' ORDER BY name`).all() as { type: string; name: string }[];
    expect(objects.filter((o) => o.type !== "index" && !/PartSearch_(data|idx|content|docsize|config)$/.test(o.name))).toEqual([
      { type: "table", name: "PartSearch" },
      { type: "table", name: "PartSearchDoc" },
      { type: "trigger", name: "Part_search_delete" },
      { type: "trigger", name: "Part_search_insert" },
      { type: "trigger", name: "Part_search_update" },
    ]);
  });

  it.each(models.map((m) => [m.name, m] as const))("%s: same columns, types, nullability and indexes", (name, model) => {
    const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
    expect(columns.map((c) => [c.name, c.type, c.notnull === 1 || c.pk === 1]).sort()).toEqual(
      model.columns.map((c) => [c.name, SQLITE_TYPES[c.type], !c.optional]).sort(),
    );
    const indexes = (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; origin: string }[]).filter((i) => i.origin === "c");
    expect(indexes.map((i) => i.name).sort()).toEqual([...model.indexes].sort());
  });
});
