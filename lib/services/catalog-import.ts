import fs from "node:fs";
import { catalogFileFormat, readCatalogFile } from "../catalog/catalog-file-read";
import { readOpenDbDataset, type SkippedFile } from "../catalog/opendb-read";
import { analyzeParts, syncParts, SYNC_FIELDS, SYNC_FIELDS_WITHOUT_PRICE } from "../db/catalog-import";
import { applyPriceUpdates, type PriceUpdateResult } from "../db/catalog-prices";
import type { Db } from "../db/client";

export interface CatalogImportSummary {
  kind: "opendb" | "catalog-file";
  path: string;
  /** Files read (OpenDB) or rows read (catalog file). */
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: SkippedFile[];
  /** Catalog files only: spec values outside their bounds, dropped from imported parts. */
  dropped?: SkippedFile[];
  /** OpenDB only: parts written per OpenDB category. */
  perCategory?: Record<string, { files: number; parts: number }>;
  ignoredFolders?: string[];
  /** Catalog files only: price-list rows. */
  prices?: PriceUpdateResult;
  seconds: number;
}

export type ProgressReporter = (message: string) => void;

const pct = (done: number, total: number) => `${Math.floor((done / Math.max(total, 1)) * 100)}%`;

/**
 * `npm run catalog:import -- <path>`: a .json/.csv file is our catalog format (parts and/or a
 * price list); anything else must be a BuildCores OpenDB checkout or its open-db folder.
 */
export async function importCatalogPath(db: Db, inputPath: string, progress: ProgressReporter = () => {}): Promise<CatalogImportSummary> {
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  const isFile = fs.existsSync(inputPath) && fs.statSync(inputPath).isFile();
  if (isFile && catalogFileFormat(inputPath)) {
    const file = readCatalogFile(inputPath);
    progress(`read ${file.rows} rows (${file.parts.length} parts, ${file.prices.length} prices, ${file.skipped.length} invalid)`);
    const sync = await syncParts(db, file.parts, { matchBy: "id", fields: SYNC_FIELDS });
    const prices = await applyPriceUpdates(db, file.prices);
    const skipped = [...file.skipped, ...prices.unknown.map((id) => ({ file: `externalId ${id}`, reason: "no part with this externalId" }))];
    return { kind: "catalog-file", path: inputPath, read: file.rows, ...sync, updated: sync.updated + prices.updated, unchanged: sync.unchanged + prices.unchanged, skipped, dropped: file.dropped, prices, seconds: seconds() };
  }
  if (isFile) throw new Error(`${inputPath}: expected a .json or .csv catalog file, or an OpenDB folder`);
  const data = readOpenDbDataset(inputPath, (done, total) => {
    if (done % 5000 === 0 || done === total) progress(`read ${done}/${total} files (${pct(done, total)})`);
  });
  const sync = await syncParts(db, data.parts, {
    matchBy: "externalId",
    // OpenDB has no prices: a re-import keeps the prices a shop's price list set.
    fields: SYNC_FIELDS_WITHOUT_PRICE,
    onProgress: (written, total) => {
      if (written % 5000 === 0 || written === total) progress(`wrote ${written}/${total} parts (${pct(written, total)})`);
    },
  });
  if (sync.imported + sync.updated > 0) await analyzeParts(db);
  return {
    kind: "opendb",
    path: data.root,
    read: data.files,
    ...sync,
    skipped: data.skipped,
    perCategory: data.perCategory,
    ignoredFolders: data.ignoredFolders,
    seconds: seconds(),
  };
}
