import Database from "better-sqlite3";
import { withPgSession } from "../../../lib/db/pg-session";

// Reads the server's own database directly, so tests can see rows the API does not expose.
export async function queryRows<T = Record<string, unknown>>(databaseUrl: string, sql: string): Promise<T[]> {
  if (databaseUrl.startsWith("file:")) {
    const db = new Database(databaseUrl.slice("file:".length), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  return withPgSession(databaseUrl, async (client) => (await client.query(sql)).rows as T[]);
}

export async function rowCounts(databaseUrl: string): Promise<{ builds: number; items: number; runs: number }> {
  const [row] = await queryRows<{ builds: number | string; items: number | string; runs: number | string }>(
    databaseUrl,
    `SELECT (SELECT COUNT(*) FROM "Build") AS builds, (SELECT COUNT(*) FROM "BuildItem") AS items, (SELECT COUNT(*) FROM "BenchmarkRun") AS runs`,
  );
  return { builds: Number(row!.builds), items: Number(row!.items), runs: Number(row!.runs) };
}

/** Runs statements with write access (test set-up only). */
export async function execSql(databaseUrl: string, sql: string): Promise<void> {
  if (databaseUrl.startsWith("file:")) {
    const db = new Database(databaseUrl.slice("file:".length), { fileMustExist: true });
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  await withPgSession(databaseUrl, (client) => client.query(sql));
}

/**
 * Makes every update of a Build row fail inside the database with "forced failure", so tests can
 * drive the server's unexpected-error path; returns the undo.
 */
export async function failBuildUpdates(databaseUrl: string): Promise<() => Promise<void>> {
  const sqlite = databaseUrl.startsWith("file:");
  await execSql(databaseUrl, sqlite
    ? `CREATE TRIGGER "test_fail_build_update" BEFORE UPDATE ON "Build" BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`
    : `CREATE FUNCTION test_fail_build_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql;
       CREATE TRIGGER "test_fail_build_update" BEFORE UPDATE ON "Build" FOR EACH ROW EXECUTE FUNCTION test_fail_build_update();`);
  return () => execSql(databaseUrl, sqlite
    ? `DROP TRIGGER "test_fail_build_update";`
    : `DROP TRIGGER "test_fail_build_update" ON "Build"; DROP FUNCTION test_fail_build_update();`);
}
