import { randomUUID } from "node:crypto";
import { withPgSession } from "./pg-session";
import { pendingMigrations, POSTGRES_MIGRATIONS_DIR, readMigrations, type MigrateResult, type Migration } from "./migrations";

// Prisma Migrate's own table definition for PostgreSQL, so `prisma migrate deploy` on a
// connected machine sees these migrations as applied.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any constant shared by every app server: the advisory lock that serialises migrations. */
const MIGRATE_LOCK_KEY = 727_001;

/**
 * Applies pending migrations in one transaction under an advisory lock, so app servers starting
 * together never apply a migration twice, and a failed migration leaves nothing half-done
 * (PostgreSQL DDL is transactional).
 */
export async function migratePostgres(url: string, migrations: Migration[] = readMigrations(POSTGRES_MIGRATIONS_DIR)): Promise<MigrateResult> {
  return withPgSession(url, async (client) => {
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATE_LOCK_KEY]);
      await client.query(MIGRATIONS_TABLE);
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
      );
      const pending = pendingMigrations(new Map(rows.map((r) => [r.migration_name, r.checksum])), migrations);
      for (const migration of pending) {
        const startedAt = new Date();
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
      }
      await client.query("COMMIT");
      return { applied: pending.map((m) => m.name), alreadyApplied: rows.length };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
}
