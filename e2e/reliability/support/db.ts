import Database from "better-sqlite3";
import pg from "pg";

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
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function rowCounts(databaseUrl: string): Promise<{ builds: number; items: number; runs: number }> {
  const [row] = await queryRows<{ builds: number | string; items: number | string; runs: number | string }>(
    databaseUrl,
    `SELECT (SELECT COUNT(*) FROM "Build") AS builds, (SELECT COUNT(*) FROM "BuildItem") AS items, (SELECT COUNT(*) FROM "BenchmarkRun") AS runs`,
  );
  return { builds: Number(row!.builds), items: Number(row!.items), runs: Number(row!.runs) };
}
