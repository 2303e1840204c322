import type { Db } from "../db/client";
import { notFound } from "../errors";
import { encodeBody } from "../page-cache/encoded-body";
import { buildJson } from "./builds";
import { cachedOrMade, cachedResponse, type CacheKey } from "./page-cache";
import { buildJsonKey, sharePanelsKey } from "./page-cache-keys";
import { sharePanelsData } from "./share-panels";

/**
 * A JSON read of a build, computed and compressed once per key and process. The key is read
 * first, so a cached copy is never older than the key it is filed under.
 */
async function cachedJson(key: CacheKey | null, make: () => Promise<unknown>, request: Request): Promise<Response> {
  if (!key) throw notFound("Build");
  const entry = await cachedOrMade(key, async () => encodeBody(Buffer.from(JSON.stringify(await make()), "utf8"), "application/json"));
  if (!entry) throw new Error("cached JSON could not be made");
  return cachedResponse(entry, { method: request.method, headers: request.headers, headers200: { "cache-control": "no-cache", vary: "accept-encoding" } });
}

/** GET /api/builds/<id>: the build with its analysis, per (version, catalog revision). */
export async function cachedBuildJson(db: Db, id: string, request: Request): Promise<Response> {
  return cachedJson(await buildJsonKey(db, id), () => buildJson(db, id), request);
}

/** GET /api/builds/<id>/share-panels: the share page's panels below the fold, per share-page key. */
export async function cachedSharePanels(db: Db, id: string, request: Request): Promise<Response> {
  return cachedJson(await sharePanelsKey(db, id), () => sharePanelsData(db, id), request);
}
