import type { Db } from "./client";
import type { partToRow } from "./part-mapper";

type Row = ReturnType<typeof partToRow>;
type Column = keyof Row;

// Multi-row statements: Prisma's createMany and per-row updates ran about 18x slower on the
// 29,454-part OpenDB import (5.5 s vs 0.3 s per 5,000 rows), most of it per-row client work.
const INSERT_COLUMNS: readonly Column[] = ["id", "category", "brand", "model", "searchText", "priceCents", "currency", "releaseYear", "source", "externalId", "sourceUrl", "specs"];

/** Prisma's own text form of DateTime in SQLite, so ordering and reads agree with its writes. */
const prismaNow = () => new Date().toISOString().replace("Z", "+00:00");

const quote = (column: string) => `"${column}"`;
const tuple = (n: number) => `(${Array.from({ length: n }, () => "?").join(", ")})`;

/** One INSERT for all rows; the caller keeps batches small enough for SQLite's parameter limit. */
export async function insertPartRows(db: Db, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const now = prismaNow();
  const columns = [...INSERT_COLUMNS.map(quote), '"createdAt"', '"updatedAt"'].join(", ");
  const values = rows.map(() => tuple(INSERT_COLUMNS.length + 2)).join(", ");
  const params = rows.flatMap((row) => [...INSERT_COLUMNS.map((c) => row[c]), now, now]);
  await db.$executeRawUnsafe(`INSERT INTO "Part" (${columns}) VALUES ${values}`, ...params);
}

/** One UPDATE ... FROM (VALUES ...) for all rows: sets `fields` (and updatedAt) by id. */
export async function updatePartRows(db: Db, updates: ReadonlyArray<{ id: string; row: Row }>, fields: readonly Column[]): Promise<void> {
  if (updates.length === 0 || fields.length === 0) return;
  const names = ["id", ...fields].map(quote).join(", ");
  const values = updates.map(() => tuple(fields.length + 1)).join(", ");
  const sets = [...fields.map((f) => `${quote(f)} = v.${quote(f)}`), '"updatedAt" = ?'].join(", ");
  const params = [...updates.flatMap(({ id, row }) => [id, ...fields.map((f) => row[f])]), prismaNow()];
  await db.$executeRawUnsafe(`WITH v(${names}) AS (VALUES ${values}) UPDATE "Part" SET ${sets} FROM v WHERE "Part"."id" = v."id"`, ...params);
}
