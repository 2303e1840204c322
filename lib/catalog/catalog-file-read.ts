import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseCatalogFile, type CatalogFileFormat, type CatalogPartEntry, type CatalogPriceUpdate } from "../import-export";
import type { Part } from "../parts/types";
import { PART_ID_MAX_LENGTH } from "./catalog-entry-schema";
import type { SkippedFile } from "./opendb-read";
import { trimChars, trimEndChars } from "../text/trim";

export interface CatalogFileReadResult {
  format: CatalogFileFormat;
  rows: number;
  parts: Part[];
  prices: CatalogPriceUpdate[];
  skipped: SkippedFile[];
  /** Spec values outside their bounds, dropped from otherwise imported parts. */
  dropped: SkippedFile[];
}

export function catalogFileFormat(file: string): CatalogFileFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".json" ? "json" : ext === ".csv" ? "csv" : null;
}

function slug(text: string): string {
  const s = trimChars(text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-"), "-");
  if (s.length <= PART_ID_MAX_LENGTH) return s || "part";
  // Long names keep a readable prefix plus a hash, so distinct names stay distinct ids.
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
  return `${trimEndChars(s.slice(0, PART_ID_MAX_LENGTH - 11), "-")}-${hash}`;
}

/** An entry without an id gets one derived from its externalId, else from its name, so re-runs update it. */
export function catalogPartId(entry: Pick<CatalogPartEntry, "id" | "externalId" | "category" | "brand" | "model">): string {
  if (entry.id) return entry.id;
  return entry.externalId ? slug(`ext-${entry.externalId}`) : slug(`${entry.category}-${entry.brand}-${entry.model}`);
}

/**
 * Reads one catalog file in our format (docs/import-export.md). New parts get source "user":
 * they are the operator's data, not OpenDB's, so they must not carry OpenDB's credit line.
 * Throws only when the file as a whole is unusable; bad rows are skipped with a reason.
 */
export function readCatalogFile(file: string): CatalogFileReadResult {
  const format = catalogFileFormat(file);
  if (!format) throw new Error(`${file}: expected a .json or .csv catalog file`);
  const parsed = parseCatalogFile(fs.readFileSync(file, "utf8"), format);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message} (${parsed.error.code})`);
  const where = (row: number) => (format === "csv" ? `line ${row}` : `entry ${row}`);
  const skipped: SkippedFile[] = parsed.errors.map((e) => ({ file: where(e.row), reason: e.message }));
  const parts = new Map<string, Part>();
  const externalIds = new Set<string>();
  const prices: CatalogPriceUpdate[] = [];
  const dropped: SkippedFile[] = [];
  for (const row of parsed.rows) {
    if (row.kind === "price") {
      prices.push(row.update);
      continue;
    }
    const id = catalogPartId(row.part);
    const { externalId } = row.part;
    if (parts.has(id) || (externalId && externalIds.has(externalId))) {
      skipped.push({ file: where(row.row), reason: "duplicate id or externalId in this file" });
      continue;
    }
    if (externalId) externalIds.add(externalId);
    for (const reason of row.dropped) dropped.push({ file: where(row.row), reason });
    parts.set(id, { ...row.part, id, source: "user" } as Part);
  }
  return { format, rows: parsed.rows.length + parsed.errors.length, parts: [...parts.values()], prices, skipped, dropped };
}
