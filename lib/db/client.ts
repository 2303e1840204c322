import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { parseDatabaseUrl, type DatabaseConfig } from "../config/database-url";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

/** Creates a client for a database config; the only place that picks a driver adapter. */
export function createDb(config: DatabaseConfig): Db {
  if (config.kind === "sqlite") {
    const adapter = new PrismaBetterSqlite3({ url: `file:${config.filePath}` });
    return new PrismaClient({ adapter });
  }
  throw new Error("PostgreSQL is not supported by this build yet; use a file: DATABASE_URL");
}

const globalForDb = globalThis as unknown as { dlboxDb?: Db };

/** One client per process (and per hot reload in development). */
export function getDb(): Db {
  globalForDb.dlboxDb ??= createDb(parseDatabaseUrl(process.env.DATABASE_URL));
  return globalForDb.dlboxDb;
}
