import { getDb, type Db } from "./client";
import { catalogRevision } from "./render-keys";

// A database that neither answers nor fails (a stalled server, a full pool) must still fail the check.
const HEALTH_TIMEOUT_MS = 3000;

/**
 * "ok" when the database answers a real read: the one-row CacheRevision table by primary key (no
 * scan, unlike counting parts), so a missing or unreadable database, a missing migration or a
 * refused login all fail it. Never throws, so /api/health can answer 503.
 */
export async function checkDatabase(db: Db = getDb()): Promise<"ok" | "unreachable"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([catalogRevision(db), timeout]);
    return "ok";
  } catch {
    return "unreachable";
  } finally {
    clearTimeout(timer);
  }
}
