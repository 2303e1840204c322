import { catalogCsvRecords, type CsvRecord } from "./catalog-csv";
import type { Category } from "../parts/categories";
import { validateCatalogEntry, type CatalogRow } from "./catalog-entry";
import { importFailure, type ImportFailure } from "./errors";
import { checkImportText } from "./input-guard";

export type CatalogFileFormat = "json" | "csv";

export interface CatalogRowError {
  /** JSON: 1-based entry number; CSV: line number (the header is line 1). */
  row: number;
  message: string;
}

export interface CatalogFileResult {
  ok: true;
  rows: CatalogRow[];
  errors: CatalogRowError[];
}

/** Catalog files are bigger than pasted lists: 30,000 parts of JSON run to several MiB. */
export const MAX_CATALOG_BYTES = 32 * 1024 * 1024;

/**
 * Parses a catalog file in our format: a JSON array (or {"parts": [...]}) of entries, or CSV.
 * Valid rows and per-row errors are both returned, so one bad row never blocks the rest;
 * `category` applies to entries that carry none, so seed files import as they are.
 */
export function parseCatalogFile(
  text: string,
  format: CatalogFileFormat,
  opts: { category?: Category; maxBytes?: number } = {},
): CatalogFileResult | ImportFailure {
  const guard = checkImportText(text, opts.maxBytes ?? MAX_CATALOG_BYTES);
  if (guard) return guard;
  let records: Array<CsvRecord | { row: number; value: unknown }>;
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      return importFailure("invalid_json", `Not valid JSON: ${(error as Error).message}`);
    }
    const list = Array.isArray(data) ? data : (data as { parts?: unknown } | null)?.parts;
    if (!Array.isArray(list)) return importFailure("invalid_catalog", 'Expected a JSON array of parts (or {"parts": [...]}).');
    records = list.map((value, index) => ({ row: index + 1, value }));
  } else {
    const csv = catalogCsvRecords(text.replace(/^\uFEFF/, ""), opts.category);
    if (!csv.ok) return importFailure("invalid_catalog", csv.message);
    records = csv.records;
  }
  const rows: CatalogRow[] = [];
  const errors: CatalogRowError[] = [];
  for (const record of records) {
    if ("error" in record) {
      errors.push({ row: record.row, message: record.error });
      continue;
    }
    const result = validateCatalogEntry(record.value, record.row, opts.category);
    if (result.ok) rows.push(result.value);
    else errors.push({ row: record.row, message: result.message });
  }
  return { ok: true, rows, errors };
}
