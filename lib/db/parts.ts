import type { Category } from "../parts/categories";
import { queryWords } from "../parts/search-terms";
import type { Part } from "../parts/types";
import type { Db } from "./client";
import { SYNC_FIELDS, syncParts } from "./catalog-import";
import { rowToPart } from "./part-mapper";
import { matchedPage } from "./part-search";

export type PartSort = "name" | "price-asc" | "price-desc" | "newest";

export interface PartQuery {
  category?: Category;
  q?: string;
  sort?: PartSort;
  page: number;
  pageSize: number;
}

export interface PartPage {
  items: Part[];
  total: number;
  page: number;
  pageSize: number;
}

function orderBy(sort: PartSort | undefined) {
  switch (sort) {
    case "price-asc":
      return [{ priceCents: { sort: "asc", nulls: "last" } }, { model: "asc" }] as const;
    case "price-desc":
      return [{ priceCents: { sort: "desc", nulls: "last" } }, { model: "asc" }] as const;
    case "newest":
      return [{ releaseYear: { sort: "desc", nulls: "last" } }, { model: "asc" }] as const;
    default:
      return [{ brand: "asc" }, { model: "asc" }] as const;
  }
}

/**
 * One page of parts in SQL alone: the full-text index for `q`, ORDER BY and LIMIT in the database.
 * The catalog pages and API rank in memory instead (lib/services/catalog.ts); this is the plain
 * data-layer query, and the baseline the import benchmark compares that search with.
 */
export async function listParts(db: Db, query: PartQuery): Promise<PartPage> {
  const words = queryWords(query.q);
  if (words.length > 0) {
    const { ids, total } = await matchedPage(db, words, { category: query.category, sort: query.sort ?? "name", offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    const rows = await db.part.findMany({ where: { id: { in: ids } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = ids.flatMap((id) => (byId.has(id) ? [rowToPart(byId.get(id)!)] : []));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
  const where = query.category ? { category: query.category } : {};
  const [rows, total] = await Promise.all([
    db.part.findMany({
      where,
      orderBy: [...orderBy(query.sort)],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.part.count({ where }),
  ]);
  return { items: rows.map(rowToPart), total, page: query.page, pageSize: query.pageSize };
}

export async function getPart(db: Db, id: string): Promise<Part | null> {
  const row = await db.part.findUnique({ where: { id } });
  return row ? rowToPart(row) : null;
}

export async function getPartsByIds(db: Db, ids: readonly string[]): Promise<Map<string, Part>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.part.findMany({ where: { id: { in: unique } } });
  return new Map(rows.map((row) => [row.id, rowToPart(row)]));
}

/**
 * Inserts or refreshes parts by id; never touches builds. Unchanged parts are not written, so
 * every app server start re-applies the built-in catalog in a few bulk statements at most.
 */
export async function upsertParts(db: Db, parts: readonly Part[]): Promise<void> {
  await syncParts(db, parts, { matchBy: "id", fields: SYNC_FIELDS });
}

export async function countPartsByCategory(db: Db): Promise<Record<string, number>> {
  const groups = await db.part.groupBy({ by: ["category"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.category, g._count._all]));
}
