import { randomBytes } from "node:crypto";
import { withPgSession } from "./pg-session";

// Test support: throwaway PostgreSQL databases on a server named by an admin URL (a role that
// may CREATE DATABASE), e.g. DLBOX_TEST_POSTGRES_URL=postgres://dlbox:dlbox@127.0.0.1:5432/dlbox.

export interface ThrowawayDatabase {
  url: string;
  drop: () => Promise<void>;
}

export async function createThrowawayDatabase(adminUrl: string, prefix = "dlbox_test"): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(8).toString("hex")}`;
  await withPgSession(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed half-way may still hold connections.
    drop: () => withPgSession(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** The admin URL for PostgreSQL test runs, or null when this run uses SQLite. */
export function testPostgresUrl(env = process.env): string | null {
  if (env.DLBOX_TEST_DB !== "postgres") return null;
  const url = env.DLBOX_TEST_POSTGRES_URL;
  if (!url) throw new Error("DLBOX_TEST_DB=postgres needs DLBOX_TEST_POSTGRES_URL (an admin URL that may create databases)");
  return url;
}
