import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of migration.sql, as Prisma Migrate records it. */
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const POSTGRES_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "postgresql", "migrations");

/** Reads <dir>/<name>/migration.sql in name order, as `prisma migrate deploy` does. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * The migrations still to apply, given name -> checksum of those already recorded. A recorded
 * migration whose file changed since is an error: the database no longer matches the history.
 */
export function pendingMigrations(recorded: ReadonlyMap<string, string>, migrations: readonly Migration[]): Migration[] {
  return migrations.filter((migration) => {
    const checksum = recorded.get(migration.name);
    if (checksum === undefined) return true;
    if (checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was edited after it was applied (checksum mismatch)`);
    }
    return false;
  });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}
