import { createPartMatcher } from "../import-export";
import type { Db } from "../db/client";
import { catalogIndex } from "./catalog";

type Matcher = ReturnType<typeof createPartMatcher>;

const cache = globalThis as unknown as { dlboxMatcher?: { fingerprint: string; match: Matcher } };

/**
 * The name matcher over the cached catalog. Indexing 30,000 parts takes about a second, so it
 * is built once per catalog fingerprint (an import or seed changes it), never per request.
 */
export async function catalogMatcher(db: Db) {
  const catalog = await catalogIndex(db);
  if (cache.dlboxMatcher?.fingerprint !== catalog.fingerprint) {
    const entries = catalog.index.map(({ part }) => ({ id: part.id, category: part.category, brand: part.brand, model: part.model, source: part.source }));
    cache.dlboxMatcher = { fingerprint: catalog.fingerprint, match: createPartMatcher(entries) };
  }
  return { match: cache.dlboxMatcher.match, byId: catalog.byId };
}
