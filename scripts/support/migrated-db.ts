import { parseDatabaseUrl } from "../../lib/config/database-url";
import { createDb, type Db } from "../../lib/db/client";
import { migrateDatabase } from "../../lib/db/migrate";

/**
 * Runs `work` on DATABASE_URL's database (default file:./data/app.db), migrated first: a fresh
 * database works too, since migrations are idempotent and recorded like Prisma Migrate's.
 */
export async function withMigratedDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  await migrateDatabase(config);
  const db = createDb(config);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
