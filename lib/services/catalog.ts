import { catalogFingerprint, loadAllParts } from "../db/catalog-snapshot";
import type { Db } from "../db/client";
import { searchParts, type IndexedPart, type SearchOptions, type SearchResult } from "../parts/search";
import { searchTextFor } from "../parts/search-text";
import type { Part } from "../parts/types";

// The catalog changes rarely (seed, imports) and is read on every keystroke of the picker,
// so each server process keeps it in memory and re-checks a fingerprint at most every 2 s.
const RECHECK_MS = 2000;

interface Cache {
  fingerprint: string;
  checkedAt: number;
  index: IndexedPart[];
  byId: Map<string, Part>;
}

const globalCache = globalThis as unknown as { dlboxCatalog?: Cache; dlboxCatalogLoading?: Promise<Cache> };

async function refresh(db: Db): Promise<Cache> {
  const fingerprint = await catalogFingerprint(db);
  const current = globalCache.dlboxCatalog;
  if (current && current.fingerprint === fingerprint) {
    current.checkedAt = Date.now();
    return current;
  }
  const parts = await loadAllParts(db);
  const cache: Cache = {
    fingerprint,
    checkedAt: Date.now(),
    index: parts.map((part) => ({ part, text: searchTextFor(part) })),
    byId: new Map(parts.map((p) => [p.id, p])),
  };
  globalCache.dlboxCatalog = cache;
  return cache;
}

export async function catalogIndex(db: Db): Promise<Cache> {
  const current = globalCache.dlboxCatalog;
  if (current && Date.now() - current.checkedAt < RECHECK_MS) return current;
  // Collapse concurrent refreshes into one.
  globalCache.dlboxCatalogLoading ??= refresh(db).finally(() => {
    globalCache.dlboxCatalogLoading = undefined;
  });
  return globalCache.dlboxCatalogLoading;
}

export async function searchCatalog(db: Db, options: SearchOptions): Promise<SearchResult> {
  const { index } = await catalogIndex(db);
  return searchParts(index, options);
}

export async function catalogParts(db: Db): Promise<IndexedPart[]> {
  return (await catalogIndex(db)).index;
}
