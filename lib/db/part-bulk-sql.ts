import type { Db } from "./client";
import type { partToRow } from "./part-mapper";
import { providerOf } from "./provider";

type Row = ReturnType<typeof partToRow>;
type Column = keyof Row;

// Multi-row statements: Prisma's createMany and per-row updates ran about 18x slower on the
// 29,454-part OpenDB import (5.5 s vs 0.3 s per 5,000 rows), most of it per-row client work.
const INSERT_COLUMNS: readonly Column[] = ["id", "category", "brand", "model", "searchText", "priceCents", "currency", "priceObservedAt", "partNumbers", "releaseYear", "source", "externalId", "sourceUrl", "specs"];
const INTEGER_COLUMNS: ReadonlySet<string> = new Set<Column>(["priceCents", "releaseYear"]);
const DATE_COLUMNS: ReadonlySet<string> = new Set<string>(["priceObservedAt", "createdAt", "updatedAt"]);

interface Dialect {
  /** The n-th (0-based) bound parameter for a column ("" for none). */
  param: (n: number, column: string) => string;
  /** A DateTime column's value as this driver stores it. */
  date: (value: Date) => string | Date;
}

const DIALECTS: Record<ReturnType<typeof providerOf>, Dialect> = {
  // Prisma's own text form of DateTime in SQLite, so ordering and reads agree with its writes.
  sqlite: { param: () => "?", date: (value) => value.toISOString().replace("Z", "+00:00") },
  // VALUES lists carry no column types in PostgreSQL, so the parameters are cast explicitly.
  postgres: {
    param: (n, column) => `$${n + 1}${DATE_COLUMNS.has(column) ? "::timestamp(3)" : INTEGER_COLUMNS.has(column) ? "::integer" : "::text"}`,
    date: (value) => value,
  },
};

const quote = (column: string) => `"${column}"`;

function cell(dialect: Dialect, row: Row, column: Column): unknown {
  const value = row[column];
  return value instanceof Date ? dialect.date(value) : value;
}

/** "(p, p, ...), (p, p, ...)" for rows of `columns`, numbering parameters from `start`. */
function tuples(dialect: Dialect, rows: number, columns: readonly string[], start = 0): string {
  return Array.from({ length: rows }, (_, r) => `(${columns.map((c, i) => dialect.param(start + r * columns.length + i, c)).join(", ")})`).join(", ");
}

/** One INSERT for all rows; the caller keeps batches small enough for the parameter limit. */
export async function insertPartRows(db: Db, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const dialect = DIALECTS[providerOf(db)];
  const now = dialect.date(new Date());
  const columns = [...INSERT_COLUMNS, "createdAt", "updatedAt"];
  const params = rows.flatMap((row) => [...INSERT_COLUMNS.map((c) => cell(dialect, row, c)), now, now]);
  await db.$executeRawUnsafe(`INSERT INTO "Part" (${columns.map(quote).join(", ")}) VALUES ${tuples(dialect, rows.length, columns)}`, ...params);
}

/** One UPDATE ... FROM (VALUES ...) for all rows: sets `fields` (and updatedAt) by id. */
export async function updatePartRows(db: Db, updates: ReadonlyArray<{ id: string; row: Row }>, fields: readonly Column[]): Promise<void> {
  if (updates.length === 0 || fields.length === 0) return;
  const dialect = DIALECTS[providerOf(db)];
  const columns = ["id", ...fields];
  const values = tuples(dialect, updates.length, columns);
  const nowParam = dialect.param(updates.length * columns.length, "updatedAt");
  const sets = [...fields.map((f) => `${quote(f)} = v.${quote(f)}`), `"updatedAt" = ${nowParam}`].join(", ");
  const params = [...updates.flatMap(({ id, row }) => [id, ...fields.map((f) => cell(dialect, row, f))]), dialect.date(new Date())];
  await db.$executeRawUnsafe(`WITH v(${columns.map(quote).join(", ")}) AS (VALUES ${values}) UPDATE "Part" SET ${sets} FROM v WHERE "Part"."id" = v."id"`, ...params);
}
