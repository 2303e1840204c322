import type { Category } from "../parts/categories";
import type { QueryWord } from "../parts/search-terms";
import type { Db } from "./client";
import { providerOf } from "./provider";

// Full-text candidates for a catalog query, from the database's own index: FTS5 on SQLite
// ("PartSearch", kept in step with Part.searchText by triggers), a GIN index over
// to_tsvector('simple', "searchText") on PostgreSQL. Both hold the same terms (lib/parts/search-terms.ts),
// so both answer the same ids; ranking happens in lib/parts/search.ts.

// Query words are [a-z0-9]+ (lib/parts/search-terms.ts), so quoting them needs no escaping; the
// check keeps that true if the tokenizer ever changes.
const SAFE = /^[a-z0-9]+$/;

function checked(word: string): string {
  if (!SAFE.test(word)) throw new Error(`search term "${word}" is not [a-z0-9]+`);
  return word;
}

/** FTS5: ("word" OR ("seg1" AND "seg2")) AND ... */
export function fts5Expression(query: readonly QueryWord[]): string {
  return query
    .map(({ word, segments }) => {
      const whole = `"${checked(word)}"`;
      return segments.length > 0 ? `(${whole} OR (${segments.map((s) => `"${checked(s)}"`).join(" AND ")}))` : whole;
    })
    .join(" AND ");
}

/** tsquery: (word | (seg1 & seg2)) & ... */
export function tsqueryExpression(query: readonly QueryWord[]): string {
  return query
    .map(({ word, segments }) => (segments.length > 0 ? `(${checked(word)} | (${segments.map(checked).join(" & ")}))` : checked(word)))
    .join(" & ");
}

/** Ids of the parts whose terms hold every query word (whole or by its segments), in one category or all. */
export async function matchPartIds(db: Db, query: readonly QueryWord[], category?: Category): Promise<string[]> {
  if (query.length === 0) throw new Error("matchPartIds needs at least one word");
  if (providerOf(db) === "sqlite") {
    const sql = `SELECT d."partId" AS id FROM "PartSearch" s JOIN "PartSearchDoc" d ON d."docId" = s.rowid WHERE "PartSearch" MATCH ?${category ? ` AND s."category" = ?` : ""}`;
    const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(sql, fts5Expression(query), ...(category ? [category] : []));
    return rows.map((r) => r.id);
  }
  const sql = `SELECT "id" FROM "Part" WHERE to_tsvector('simple'::regconfig, "searchText") @@ to_tsquery('simple'::regconfig, $1)${category ? ` AND "category" = $2` : ""}`;
  const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(sql, tsqueryExpression(query), ...(category ? [category] : []));
  return rows.map((r) => r.id);
}

const ORDER: Record<"name" | "price-asc" | "price-desc" | "newest", string> = {
  name: `p."brand", p."model", p."id"`,
  "price-asc": `(p."priceCents" IS NULL), p."priceCents", p."model", p."id"`,
  "price-desc": `(p."priceCents" IS NULL), p."priceCents" DESC, p."model", p."id"`,
  newest: `(p."releaseYear" IS NULL), p."releaseYear" DESC, p."model", p."id"`,
};

/** A sorted page of matching ids and the number of matches, entirely in SQL. */
export async function matchedPage(
  db: Db,
  query: readonly QueryWord[],
  opts: { category?: Category; sort: keyof typeof ORDER; offset: number; limit: number },
): Promise<{ ids: string[]; total: number }> {
  const sqlite = providerOf(db) === "sqlite";
  const from = sqlite
    ? `FROM "Part" p JOIN "PartSearchDoc" d ON d."partId" = p."id" JOIN "PartSearch" s ON s.rowid = d."docId" WHERE "PartSearch" MATCH ?`
    : `FROM "Part" p WHERE to_tsvector('simple'::regconfig, p."searchText") @@ to_tsquery('simple'::regconfig, $1)`;
  const where = opts.category ? (sqlite ? ` AND p."category" = ?` : ` AND p."category" = $2`) : "";
  const params: unknown[] = [sqlite ? fts5Expression(query) : tsqueryExpression(query), ...(opts.category ? [opts.category] : [])];
  const n = params.length;
  const page = sqlite ? `LIMIT ? OFFSET ?` : `LIMIT $${n + 1} OFFSET $${n + 2}`;
  const [rows, count] = await Promise.all([
    db.$queryRawUnsafe<Array<{ id: string }>>(`SELECT p."id" AS id ${from}${where} ORDER BY ${ORDER[opts.sort]} ${page}`, ...params, opts.limit, opts.offset),
    db.$queryRawUnsafe<Array<{ n: number | bigint }>>(`SELECT COUNT(*) AS n ${from}${where}`, ...params),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count[0]?.n ?? 0) };
}
