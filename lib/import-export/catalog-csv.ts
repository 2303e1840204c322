import { z } from "zod";
import { isCategory, type Category } from "../parts/categories";
import { SPEC_SCHEMAS } from "../parts/specs";
import { parseCsv } from "./csv";

export const CATALOG_CSV_COLUMNS = ["id", "category", "brand", "model", "priceCents", "currency", "releaseYear", "externalId", "sourceUrl", "specs_json"];
const NUMERIC = new Set(["priceCents", "releaseYear"]);
const SPEC_COLUMN = /^specs\.([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)?)$/;

/** A row's entry object, or why the row could not become one. */
export type CsvRecord = { row: number; value: Record<string, unknown> } | { row: number; error: string };

export type CsvRecords =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; message: string };

/**
 * Turns catalog CSV rows into entry objects for `validateCatalogEntry`. Spec values come from
 * a `specs_json` column, from flat `specs.<key>` columns (`specs.powerConnectors.pin8` for
 * nested ones), or both; flat cells are typed by the category's spec schema ("AM4;AM5" -> list).
 */
export function catalogCsvRecords(text: string, defaultCategory?: Category): CsvRecords {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, message: "The CSV file is empty." };
  const columns = header.map((h) => h.trim());
  const unknown = columns.filter((c) => !CATALOG_CSV_COLUMNS.includes(c) && !SPEC_COLUMN.test(c));
  if (unknown.length > 0) return { ok: false, message: `Unknown column(s): ${unknown.join(", ")}.` };
  const hasCategory = columns.includes("category") || defaultCategory !== undefined;
  if (!columns.includes("externalId") && !(hasCategory && columns.includes("model"))) {
    return { ok: false, message: "Expected columns category, brand, model (parts) or externalId, priceCents (prices)." };
  }
  const records = rows.map((cells, index): CsvRecord => {
    const row = index + 2;
    const value: Record<string, unknown> = {};
    const specs: Record<string, unknown> = {};
    for (const [i, column] of columns.entries()) {
      const cell = unneutralize((cells[i] ?? "").trim());
      if (cell === "") continue;
      const spec = SPEC_COLUMN.exec(column);
      if (spec?.[1]) setPath(specs, spec[1].split("."), cell);
      else if (column === "specs_json") {
        try {
          Object.assign(specs, JSON.parse(cell));
        } catch {
          return { row, error: "specs_json is not valid JSON" };
        }
      } else value[column] = NUMERIC.has(column) && /^-?\d+$/.test(cell) ? Number(cell) : cell;
    }
    const named = value.category ?? defaultCategory;
    const category = typeof named === "string" && isCategory(named) ? named : null;
    if (Object.keys(specs).length > 0) value.specs = category ? typed(SPEC_SCHEMAS[category], specs) : specs;
    return { row, value };
  });
  return { ok: true, records };
}

// Our CSV export prefixes "'" to cells a spreadsheet would run; take it off on the way back.
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function setPath(target: Record<string, unknown>, path: string[], value: string): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) target[head] = value;
  else setPath((target[head] ??= {}) as Record<string, unknown>, rest, value);
}

/** Converts string leaves to the first reading (text, number, boolean, list) the schema accepts. */
function typed(schema: z.ZodType, value: unknown): unknown {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (typeof value === "object" && value !== null && inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape[k] ? typed(shape[k], v) : v]));
  }
  if (typeof value !== "string") return value;
  const list = value.split(/[;|]/).map((v) => v.trim()).filter(Boolean);
  const readings: unknown[] = [value, Number(value), value === "true" ? true : value === "false" ? false : null, list, list.map(Number)];
  return readings.find((r) => r !== null && inner.safeParse(r).success) ?? value;
}
