import { z } from "zod";
import { CATEGORIES, PART_SOURCES } from "./categories";

export const PART_SORTS = ["relevance", "name", "price-asc", "price-desc", "spec-desc", "spec-asc", "newest"] as const;
export type PartSortKey = (typeof PART_SORTS)[number];
export const MAX_PAGE_SIZE = 100;

/** Relevance when there is a query, else the given order or name; relevance without words means name. */
export function effectiveSort(sort: PartSortKey | undefined, q: string | undefined): PartSortKey {
  const hasWords = /[\p{L}\p{N}]/u.test(q ?? "");
  if (sort === undefined) return hasWords ? "relevance" : "name";
  return sort === "relevance" && !hasWords ? "name" : sort;
}

const flag = z.enum(["1", "true", "0", "false"]).transform((v) => v === "1" || v === "true");

/** One schema for the catalog query, used by the pages and GET /api/parts. */
export const partQuerySchema = z
  .object({
    category: z.enum(CATEGORIES).optional(),
    q: z.string().trim().max(100).optional(),
    sort: z.enum(PART_SORTS).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(24),
    source: z.enum(PART_SOURCES).optional(),
    priced: flag.optional(),
    filters: z.record(z.string().max(40), z.string().max(60)).default({}),
  })
  .transform(({ priced, ...query }) => ({ ...query, pricedOnly: priced ?? false, sort: effectiveSort(query.sort, query.q) }));

export type PartQueryInput = z.output<typeof partQuerySchema>;

const RESERVED = new Set(["category", "q", "sort", "page", "pageSize", "source", "priced"]);

/** Splits URL parameters into the known fields and per-category filters. */
export function partQueryFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v[0] ?? "" : v] as [string, string]]));
  const raw: Record<string, unknown> = { filters: {} as Record<string, string> };
  for (const [key, value] of entries) {
    if (value === "") continue;
    if (RESERVED.has(key)) raw[key] = value;
    else (raw.filters as Record<string, string>)[key] = value;
  }
  return partQuerySchema.safeParse(raw);
}
