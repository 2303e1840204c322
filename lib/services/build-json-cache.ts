import type { Db } from "../db/client";
import { notFound } from "../errors";
import { encodeBody } from "../page-cache/encoded-body";
import { buildJson } from "./builds";
import { cachedOrMade, cachedResponse } from "./page-cache";
import { buildJsonKey } from "./page-cache-keys";

/**
 * GET /api/builds/<id>: the build with its analysis, computed and compressed once per (version,
 * catalog revision) and process; the key is read first, so a copy is never older than its key.
 */
export async function cachedBuildJson(db: Db, id: string, request: Request): Promise<Response> {
  const key = await buildJsonKey(db, id);
  if (!key) throw notFound("Build");
  const entry = await cachedOrMade(key, async () => encodeBody(Buffer.from(JSON.stringify(await buildJson(db, id)), "utf8"), "application/json"));
  if (!entry) throw new Error("build JSON could not be made");
  return cachedResponse(entry, { method: request.method, headers: request.headers, headers200: { "cache-control": "no-cache", vary: "accept-encoding" } });
}
