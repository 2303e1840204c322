import type { DatabaseConfig } from "../config/database-url";
import { migratePostgres } from "./migrate-postgres";
import { migrateSqlite } from "./migrate-sqlite";
import type { MigrateResult } from "./migrations";

/** Applies the provider's pending migrations (prisma/migrations or prisma/postgresql/migrations). */
export async function migrateDatabase(config: DatabaseConfig): Promise<MigrateResult> {
  return config.kind === "sqlite" ? migrateSqlite(config.filePath) : migratePostgres(config.url);
}
