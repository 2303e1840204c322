import fs from "node:fs";
import type { Db } from "../db/client";
import { refreshCurrentPrices, upsertObservations, type UpsertResult } from "../db/price-observations";
import { createRowMatcher, parsePriceList, type PriceObservation, type RowProblem } from "../prices";
import { MAX_PRICE_LIST_BYTES } from "../prices/price-list-csv";
import { catalogIndex } from "./catalog";

export interface PricesImportSummary extends UpsertResult {
  file: string;
  rows: number;
  matched: { id: number; mpn: number; name: number };
  /** Rows that are not valid (bad price, date, currency...). */
  invalid: RowProblem[];
  /** Valid rows whose part was not found. */
  unmatched: RowProblem[];
  /** Parts whose current price changed. */
  repriced: number;
  seconds: number;
}

/**
 * `npm run prices:import -- <file.csv>`: a retailer's price list as observations. Rows find their
 * part by id, part number or name; a row already stored (same part, retailer and day) is not
 * stored again, so re-running a file changes nothing. Each part then shows its newest price.
 */
export async function importPriceList(db: Db, file: string, now: Date = new Date()): Promise<PricesImportSummary> {
  const started = performance.now();
  const size = fs.statSync(file).size;
  if (size > MAX_PRICE_LIST_BYTES) throw new Error(`${file}: larger than ${MAX_PRICE_LIST_BYTES / 1024 / 1024} MB`);
  const parsed = parsePriceList(fs.readFileSync(file, "utf8"), now);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const { index } = await catalogIndex(db);
  const match = createRowMatcher(index.map(({ part }) => part));
  const matched = { id: 0, mpn: 0, name: 0 };
  const unmatched: RowProblem[] = [];
  const observations: PriceObservation[] = [];
  for (const row of parsed.rows) {
    const found = match(row);
    if (found.partId === null) {
      unmatched.push({ line: row.line, reason: found.reason });
      continue;
    }
    matched[found.by] += 1;
    observations.push({ partId: found.partId, retailer: row.retailer, url: row.url, priceCents: row.priceCents, currency: row.currency, observedAt: row.observedAt, source: "price-list" });
  }
  const stored = await upsertObservations(db, observations);
  const repriced = await refreshCurrentPrices(db, observations.map((o) => o.partId));
  return {
    file, rows: parsed.rows.length + parsed.invalid.length, matched, invalid: parsed.invalid, unmatched, ...stored, repriced,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

const MAX_LISTED = 20;

/** The summary the command prints: counts, then each problem row (the first 20 of each kind). */
export function formatPricesSummary(s: PricesImportSummary): string {
  const list = (title: string, problems: RowProblem[]) =>
    problems.length === 0 ? [] : [`${title} (${problems.length}):`, ...problems.slice(0, MAX_LISTED).map((p) => `  line ${p.line}: ${p.reason}`), ...(problems.length > MAX_LISTED ? [`  ... and ${problems.length - MAX_LISTED} more`] : [])];
  return [
    `prices:import ${s.file}`,
    `  rows       : ${s.rows}`,
    `  matched    : ${s.matched.id + s.matched.mpn + s.matched.name} (by id ${s.matched.id}, part number ${s.matched.mpn}, name ${s.matched.name})`,
    `  stored     : ${s.inserted} new, ${s.updated} updated, ${s.unchanged} already there`,
    `  repriced   : ${s.repriced} part(s) now show a newer price`,
    `  unmatched  : ${s.unmatched.length}`,
    `  invalid    : ${s.invalid.length}`,
    `  time       : ${s.seconds} s`,
    ...list("Rows whose part was not found", s.unmatched),
    ...list("Invalid rows", s.invalid),
  ].join("\n");
}
