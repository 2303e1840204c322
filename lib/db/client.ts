import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl, type DatabaseConfig } from "../config/database-url";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { registerProvider } from "./provider";

/**
 * Both clients come from the one schema (prisma/schema.prisma) and expose the same model API;
 * the SQLite client's type stands for both, so the data layer stays provider-neutral and must
 * not use provider-only query options.
 */
export type Db = SqliteClient;

/** Creates a client for a database config; the only place that picks a driver adapter. */
export function createDb(config: DatabaseConfig): Db {
  const db = config.kind === "sqlite" ? sqliteClient(config.filePath) : postgresClient(config.url, config.poolMax);
  registerProvider(db, config);
  return db;
}

function sqliteClient(filePath: string): Db {
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${filePath}` }) });
}

function postgresClient(url: string, poolMax: number): Db {
  const adapter = new PrismaPg(
    // A bounded wait for a pooled connection turns an exhausted pool into an error, not a hang.
    { connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 },
    // Without a listener, an idle connection dropped by the server would crash the process.
    { onPoolError: (error) => console.error(`database pool: ${error.message}`) },
  );
  return new PostgresClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { dlboxDb?: Db };

/** One client per process (and per hot reload in development). */
export function getDb(): Db {
  globalForDb.dlboxDb ??= createDb(parseDatabaseUrl(process.env.DATABASE_URL));
  return globalForDb.dlboxDb;
}
