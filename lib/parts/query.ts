import { z } from "zod";
import { CATEGORIES } from "./categories";

export const PART_SORTS = ["name", "price-asc", "price-desc", "spec-desc", "spec-asc", "newest"] as const;
export type PartSortKey = (typeof PART_SORTS)[number];
export const MAX_PAGE_SIZE = 100;

/** One schema for the catalog query, used by the pages and GET /api/parts. */
export const partQuerySchema = z.object({
  category: z.enum(CATEGORIES).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(PART_SORTS).default("name"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(24),
  filters: z.record(z.string().max(40), z.string().max(60)).default({}),
});

export type PartQueryInput = z.infer<typeof partQuerySchema>;

const RESERVED = new Set(["category", "q", "sort", "page", "pageSize"]);

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
