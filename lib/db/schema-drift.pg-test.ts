import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "./migrate-postgres";
import { readSchemaModels } from "./schema-model";
import { createThrowawayDatabase, testPostgresUrl, type ThrowawayDatabase } from "./test-postgres";

const PG_TYPES = { String: "text", Int: "integer", Boolean: "boolean", DateTime: "timestamp without time zone" } as const;
// Indexes migrations add that schema.prisma cannot express: the full-text index of Part.searchText.
const RAW_INDEXES: Record<string, string[]> = { Part: ["Part_searchText_fts_idx"] };

let database: ThrowawayDatabase;
let client: pg.Client;
beforeAll(async () => {
  database = await createThrowawayDatabase(testPostgresUrl() ?? "");
  await migratePostgres(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe("PostgreSQL migrations match prisma/schema.prisma", () => {
  const models = readSchemaModels(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8"));

  it.each(models.map((m) => [m.name, m] as const))("%s: same columns, types, nullability and indexes", async (name, model) => {
    const { rows: columns } = await client.query<{ column_name: string; data_type: string; is_nullable: string }>(
      "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1", [name]);
    expect(columns.map((c) => [c.column_name, c.data_type, c.is_nullable === "NO"]).sort()).toEqual(
      model.columns.map((c) => [c.name, PG_TYPES[c.type], !c.optional]).sort(),
    );
    const { rows: indexes } = await client.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 AND indexname <> $2", [name, `${name}_pkey`]);
    expect(indexes.map((i) => i.indexname).sort()).toEqual([...model.indexes, ...(RAW_INDEXES[name] ?? [])].sort());
  });
});

describe("the full-text index", () => {
  it("is a GIN index over to_tsvector('simple', searchText), the expression lib/db/part-search.ts queries", async () => {
    const { rows } = await client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE indexname = 'Part_searchText_fts_idx'");
    expect(rows[0]?.indexdef).toMatch(/USING gin \(to_tsvector\('simple'::regconfig, "searchText"\)\)/);
  });
});
