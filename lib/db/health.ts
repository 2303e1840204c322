import { getDb } from "./client";

/** "ok" when a trivial query round-trips; never throws, so /api/health can answer 503. */
export async function checkDatabase(): Promise<"ok" | "unreachable"> {
  try {
    await getDb().$queryRawUnsafe("SELECT 1 FROM \"Part\" LIMIT 1");
    return "ok";
  } catch {
    return "unreachable";
  }
}
