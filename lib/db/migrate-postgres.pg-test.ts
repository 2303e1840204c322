import type pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../config/database-url";
import { getExampleBuild } from "./builds";
import { createDb } from "./client";
import { migratePostgres } from "./migrate-postgres";
import { POSTGRES_MIGRATIONS_DIR, readMigrations } from "./migrations";
import { withPgSession } from "./pg-session";
import { setupDatabase } from "./setup";
import { createThrowawayDatabase, testPostgresUrl, type ThrowawayDatabase } from "./test-postgres";

const databases: ThrowawayDatabase[] = [];
afterEach(async () => {
  for (const database of databases.splice(0)) await database.drop();
});

async function emptyDatabase(): Promise<ThrowawayDatabase> {
  const adminUrl = testPostgresUrl();
  if (!adminUrl) throw new Error("run with vitest.postgres.config.ts and DLBOX_TEST_POSTGRES_URL");
  const database = await createThrowawayDatabase(adminUrl);
  databases.push(database);
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  return withPgSession(url, async (client) => (await client.query<T>(sql)).rows);
}

describe("migratePostgres", () => {
  it("applies every PostgreSQL migration and records it the way Prisma Migrate does", async () => {
    const { url } = await emptyDatabase();
    const migrations = readMigrations(POSTGRES_MIGRATIONS_DIR);
    const result = await migratePostgres(url);
    expect(result.applied).toEqual(migrations.map((m) => m.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date; applied_steps_count: number }>(
      url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(migrations.map((m) => [m.name, m.checksum, 1]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    const [server] = await query<{ version: string }>(url, "SELECT version()");
    expect(server?.version).toMatch(/^PostgreSQL/);
  });

  it("is idempotent and refuses a migration edited after it was applied", async () => {
    const { url } = await emptyDatabase();
    await migratePostgres(url);
    expect(await migratePostgres(url)).toMatchObject({ applied: [], alreadyApplied: readMigrations(POSTGRES_MIGRATIONS_DIR).length });
    const edited = readMigrations(POSTGRES_MIGRATIONS_DIR).map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migratePostgres(url, edited)).rejects.toThrow(/checksum mismatch/);
  });

  it("rolls a failing migration back completely: no table, no record", async () => {
    const { url } = await emptyDatabase();
    const broken = [{ name: "20990101000000_broken", sql: 'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "NoSuchTable";', checksum: "f".repeat(64) }];
    await expect(migratePostgres(url, broken)).rejects.toThrow(/NoSuchTable/);
    const tables = await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.map((t) => t.tablename)).not.toContain("Half");
  });
});

describe("several app servers starting together on one PostgreSQL", () => {
  it("migrate once and seed the example build exactly once", async () => {
    const { url } = await emptyDatabase();
    const config = parseDatabaseUrl(url);
    const results = await Promise.all(Array.from({ length: 4 }, () => setupDatabase(config)));
    expect(results.filter((r) => r.appliedMigrations.length > 0)).toHaveLength(1);
    expect(results.filter((r) => r.exampleBuildId !== null)).toHaveLength(1);
    const db = createDb(config);
    try {
      expect(await db.build.count()).toBe(1);
      expect(await getExampleBuild(db)).toMatchObject({ isExample: true });
    } finally {
      await db.$disconnect();
    }
  });
});
