import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { pendingMigrations, readMigrations, type MigrateResult, type Migration } from "./migrations";

// Same table Prisma Migrate creates, so `prisma migrate deploy` on a connected machine
// sees these migrations as applied.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL,
    "checksum" TEXT NOT NULL,
    "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL,
    "logs" TEXT,
    "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function migrateSqlite(filePath: string, migrations: Migration[] = readMigrations()): MigrateResult {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath);
  try {
    // WAL keeps readers unblocked while a writer commits and survives a killed process.
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(MIGRATIONS_TABLE);
    // Migrations that rebuild a table (SQLite's only way to add a foreign key) drop the old one;
    // with enforcement on, that drop would cascade to every row that references it. Off for the
    // migration (it cannot change inside a transaction), checked before commit, on again after.
    db.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    // IMMEDIATE takes the write lock up front so two servers starting together
    // cannot both apply the same migration.
    const run = db.transaction(() => {
      const done = new Map(
        (db
          .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`)
          .all() as { migration_name: string; checksum: string }[]).map((r) => [r.migration_name, r.checksum]),
      );
      for (const migration of pendingMigrations(done, migrations)) {
        const startedAt = new Date().toISOString();
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, startedAt);
        applied.push(migration.name);
      }
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0) throw new Error(`migrations left ${broken.length} rows with broken foreign keys`);
      return done.size;
    });
    const alreadyApplied = run.immediate();
    db.pragma("foreign_keys = ON");
    return { applied, alreadyApplied };
  } finally {
    db.close();
  }
}
