import { catalogFingerprint, loadAllParts } from "../db/catalog-snapshot";
import type { Db } from "../db/client";
import { matchPartIds } from "../db/part-search";
import type { Category } from "../parts/categories";
import { enumOptions, FILTERS } from "../parts/filters";
import { indexPart, searchParts, type IndexedPart, type SearchOptions, type SearchResult } from "../parts/search";
import { byName } from "../parts/search-rank";
import { queryWords } from "../parts/search-terms";
import type { Part } from "../parts/types";

// The catalog changes rarely (seed, imports) and is read on every keystroke of the picker,
// so each server process keeps it in memory and re-checks a fingerprint at most every 2 s.
const RECHECK_MS = 2000;

interface Cache {
  fingerprint: string;
  checkedAt: number;
  index: IndexedPart[];
  byId: Map<string, Part>;
  entries: Map<string, IndexedPart>;
  /** Each category's parts, in name order: a category listing neither scans the whole catalog nor re-sorts by name. */
  byCategory: Map<Category, IndexedPart[]>;
}

function byCategoryInNameOrder(index: readonly IndexedPart[]): Map<Category, IndexedPart[]> {
  const out = new Map<Category, IndexedPart[]>();
  for (const entry of index) {
    const list = out.get(entry.part.category);
    if (list) list.push(entry);
    else out.set(entry.part.category, [entry]);
  }
  for (const list of out.values()) list.sort((a, b) => byName(a.part, b.part));
  return out;
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
  const index = parts.map(indexPart);
  const cache: Cache = {
    fingerprint,
    checkedAt: Date.now(),
    index,
    byId: new Map(parts.map((p) => [p.id, p])),
    entries: new Map(index.map((e) => [e.part.id, e])),
    byCategory: byCategoryInNameOrder(index),
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

/**
 * The catalog search behind the pages, GET /api/parts and the picker. With words to look for, the
 * database's full-text index (lib/db/part-search.ts) picks the candidates; filters, relevance
 * ranking, variant grouping and paging then run over those in memory (lib/parts/search.ts).
 */
export async function searchCatalog(db: Db, options: SearchOptions): Promise<SearchResult> {
  const words = queryWords(options.q);
  const [cache, ids] = await Promise.all([catalogIndex(db), words.length > 0 ? matchPartIds(db, words, options.category) : null]);
  if (!ids) return searchParts(options.category ? (cache.byCategory.get(options.category) ?? []) : cache.index, options);
  // A part imported in the last 2 s may be matched before this server's cache knows it.
  const pool = ids.flatMap((id) => cache.entries.get(id) ?? []);
  return searchParts(pool, options);
}

export async function catalogParts(db: Db): Promise<IndexedPart[]> {
  return (await catalogIndex(db)).index;
}

const optionsCache = globalThis as unknown as { dlboxFilterOptions?: { fingerprint: string; byCategory: Map<Category, Record<string, string[]>> } };

/** The values each enum filter of a category can take in this catalog (for the picker's selects). */
export async function filterOptions(db: Db, category: Category): Promise<Record<string, string[]>> {
  const cache = await catalogIndex(db);
  if (optionsCache.dlboxFilterOptions?.fingerprint !== cache.fingerprint) optionsCache.dlboxFilterOptions = { fingerprint: cache.fingerprint, byCategory: new Map() };
  const memo = optionsCache.dlboxFilterOptions.byCategory;
  let options = memo.get(category);
  if (!options) {
    const parts = cache.index.filter((e) => e.part.category === category).map((e) => e.part);
    options = Object.fromEntries(FILTERS[category].filter((def) => def.kind === "enum").map((def) => [def.key, enumOptions(def, parts)]));
    memo.set(category, options);
  }
  return options;
}
