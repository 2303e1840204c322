import { loadBuiltinCatalog, loadExampleBuild } from "../catalog/builtin-catalog";
import { loadBuiltinModels } from "../catalog/builtin-models";
import { loadReferencePrices } from "../catalog/reference-prices-file";
import type { DatabaseConfig } from "../config/database-url";
import { createDb } from "./client";
import { migrateDatabase } from "./migrate";
import { syncModels } from "./models";
import { seedDatabase, type SeedResult } from "./seed";
import { withSetupLock } from "./setup-lock";

export interface SetupResult extends SeedResult {
  appliedMigrations: string[];
  /** Model rows inserted or rewritten from prisma/seed/models.json. */
  builtinModels: number;
}

/** Creates/migrates the database and loads the built-in catalog; safe to run on every start. */
export async function setupDatabase(config: DatabaseConfig): Promise<SetupResult> {
  return withSetupLock(config, async () => {
    const { applied } = await migrateDatabase(config);
    const db = createDb(config);
    try {
      const seed = await seedDatabase(db, loadBuiltinCatalog(), loadExampleBuild(), loadReferencePrices());
      const models = await syncModels(db, loadBuiltinModels());
      return { ...seed, builtinModels: models.inserted + models.updated, appliedMigrations: applied };
    } finally {
      await db.$disconnect();
    }
  });
}
