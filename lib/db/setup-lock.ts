import type { DatabaseConfig } from "../config/database-url";
import { withPgSession } from "./pg-session";

// Distinct from the migration lock, which is taken inside this one (always in that order).
const SETUP_LOCK_KEY = 727_002;

/**
 * Runs start-up work (migrate, seed) while holding a PostgreSQL advisory lock, so several app
 * servers starting at once seed one after another instead of racing to create the example build.
 * SQLite serves one app server, so there is nothing to coordinate.
 */
export async function withSetupLock<T>(config: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  if (config.kind === "sqlite") return work();
  // A session-level lock: ending the session releases it even if the work throws.
  return withPgSession(config.url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK_KEY]);
    return work();
  });
}
