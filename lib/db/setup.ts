import { loadBuiltinCatalog, loadExampleBuild } from "../catalog/builtin-catalog";
import type { DatabaseConfig } from "../config/database-url";
import { createDb } from "./client";
import { migrateSqlite } from "./migrate-sqlite";
import { seedDatabase, type SeedResult } from "./seed";

export interface SetupResult extends SeedResult {
  appliedMigrations: string[];
}

/** Creates/migrates the database and loads the built-in catalog; safe to run on every start. */
export async function setupDatabase(config: DatabaseConfig): Promise<SetupResult> {
  if (config.kind !== "sqlite") throw new Error("Only SQLite databases can be set up by this build");
  const { applied } = migrateSqlite(config.filePath);
  const db = createDb(config);
  try {
    const seed = await seedDatabase(db, loadBuiltinCatalog(), loadExampleBuild());
    return { ...seed, appliedMigrations: applied };
  } finally {
    await db.$disconnect();
  }
}
