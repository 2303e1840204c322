import { createHash } from "node:crypto";
import { BUILD_ID_PATTERN } from "../builds/tokens";
import type { Db } from "../db/client";
import { buildRenderKey, homeRenderKey, type BuildRenderKey } from "../db/render-keys";
import { requestOrigin } from "../http/request-origin";
import type { CacheKey } from "./page-cache";

// Everything a cached response is made from must be in its key, or a change to it will not show.
// Checklist for a new input (a panel, a table, a header):
//  - read from the database: add it to lib/db/render-keys.ts (trigger-bumped scope or per-build
//    signature) and to shareKeyParts / buildJsonKey below;
//  - read from the request (a header, a cookie, the query): add it to the key's `variant`, or do
//    not cache (proxy.ts only caches requests without a query string);
//  - static files compiled into the app (presets, reference data): nothing to do, a new build is a
//    new process with an empty cache.
// Each server process keeps its own cache; the key is read from the shared database on every
// request (one indexed query), so every app server serves the new version from the next request on.

const short = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 16);

function shareKeyParts(key: BuildRenderKey): string {
  return [`v${key.version}`, `c${key.catalogRevision}`, `r${key.runs ? short(key.runs) : "-"}`].join(".");
}

export const SHARE_PAGE = /^\/b\/([A-Za-z0-9_-]{22})$/;

/**
 * The share page /b/<id>: the build, its runs, the catalog, and the origin its share metadata
 * names (og:url, og:image: app/b/[id]/page.tsx reads requestOrigin). null for a missing build.
 */
export async function sharePageKey(db: Db, id: string, headers: Headers): Promise<CacheKey | null> {
  const key = await buildRenderKey(db, id);
  if (!key) return null;
  return { group: `page:/b/${id}`, version: shareKeyParts(key), variant: requestOrigin(headers) ?? "" };
}

/** The home page: the example build (its parts table and checks) and the catalog (category counts). */
export async function homePageKey(db: Db): Promise<CacheKey> {
  const key = await homeRenderKey(db);
  const example = key.example ? `${key.example.id}.v${key.example.version}` : "none";
  return { group: "page:/", version: `${example}.c${key.catalogRevision}` };
}

/** GET /api/builds/<id>/share-panels: the same inputs as the share page, without the origin. */
export async function sharePanelsKey(db: Db, id: string): Promise<CacheKey | null> {
  const key = BUILD_ID_PATTERN.test(id) ? await buildRenderKey(db, id) : null;
  if (!key) return null;
  return { group: `json:/api/builds/${id}/share-panels`, version: shareKeyParts(key) };
}

/** GET /api/builds/<id>: the build and the catalog parts it resolves against (runs are not in it). */
export async function buildJsonKey(db: Db, id: string): Promise<CacheKey | null> {
  const key = BUILD_ID_PATTERN.test(id) ? await buildRenderKey(db, id) : null;
  if (!key) return null;
  return { group: `json:/api/builds/${id}`, version: `v${key.version}.c${key.catalogRevision}` };
}
