import { boundSpecs } from "../parts/bound-specs";
import { isCategory, PART_SOURCES, type PartSource } from "../parts/categories";
import { searchTextFor } from "../parts/search-text";
import type { Part } from "../parts/types";

export interface PartRow {
  id: string;
  category: string;
  brand: string;
  model: string;
  priceCents: number | null;
  currency: string;
  priceObservedAt: Date | null;
  partNumbers: string;
  releaseYear: number | null;
  source: string;
  externalId: string | null;
  sourceUrl: string | null;
  specs: string;
}

/**
 * Rows were validated on write, but perhaps against older bounds: each stored spec value is
 * checked again, and one outside today's bounds reads as unknown (listed in ignoredSpecs).
 * A bad row never crashes a page.
 */
export function rowToPart(row: PartRow): Part {
  let raw: unknown = {};
  try {
    raw = JSON.parse(row.specs);
  } catch {
    // Corrupt JSON reads as "all specs unknown" rather than failing the whole catalog.
  }
  const category = isCategory(row.category) ? row.category : "other";
  const { specs, dropped } = boundSpecs(category, raw);
  return {
    id: row.id,
    category,
    brand: row.brand,
    model: row.model,
    priceCents: row.priceCents,
    currency: row.currency,
    priceObservedAt: row.priceObservedAt ? row.priceObservedAt.toISOString() : null,
    partNumbers: readPartNumbers(row.partNumbers),
    releaseYear: row.releaseYear,
    source: (PART_SOURCES as readonly string[]).includes(row.source) ? (row.source as PartSource) : "user",
    externalId: row.externalId,
    sourceUrl: row.sourceUrl,
    specs,
    ...(dropped.length > 0 ? { ignoredSpecs: dropped } : {}),
  } as Part;
}

const MAX_PART_NUMBERS = 16;

function readPartNumbers(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string").slice(0, MAX_PART_NUMBERS) : [];
  } catch {
    return [];
  }
}

export function partToRow(part: Part): PartRow & { searchText: string } {
  return {
    id: part.id,
    category: part.category,
    brand: part.brand,
    model: part.model,
    priceCents: part.priceCents,
    currency: part.currency,
    priceObservedAt: part.priceObservedAt ? new Date(part.priceObservedAt) : null,
    partNumbers: JSON.stringify((part.partNumbers ?? []).slice(0, MAX_PART_NUMBERS)),
    releaseYear: part.releaseYear,
    source: part.source,
    externalId: part.externalId,
    sourceUrl: part.sourceUrl,
    specs: JSON.stringify(part.specs),
    searchText: searchTextFor(part),
  };
}
