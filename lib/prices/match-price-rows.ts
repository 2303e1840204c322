import { createPartMatcher, MATCH_THRESHOLD } from "../import-export/match-parts";
import { CATEGORIES, type Category, type PartSource } from "../parts/categories";
import { words } from "../parts/search-terms";
import type { PriceListRow } from "./price-list-csv";

export interface PricedPart {
  id: string;
  category: Category;
  brand: string;
  model: string;
  source: PartSource;
  partNumbers?: readonly string[];
}

export type RowMatch =
  | { partId: string; by: "id" | "mpn" | "name"; confidence: number }
  | { partId: null; reason: string };

/** "ZT-P10810D-10P" and "ztp10810d10p" are one part number. */
export const normalizePartNumber = (mpn: string) => words(mpn).join("");

// A word of a model name that can only be a part number: letters and digits, 6+ characters
// ("CMK64GX4M4D3000C16" inside a Corsair kit's name), not a size or speed ("3000mhz").
const LOOKS_LIKE_MPN = /^(?=.*[a-z])(?=.*\d)[a-z0-9]{6,}$/;
const SIZE_OR_SPEED = /^\d+(?:gb|tb|mb|mhz|mts|w|mm|rpm)$/;

/**
 * Finds each price-list row's part: by catalog id; else by manufacturer part number (the part's
 * listed numbers, or one written in its name); else by name through the import matcher (score at
 * least MATCH_THRESHOLD, in the row's category or every category). Curated parts win ties.
 */
export function createRowMatcher(parts: readonly PricedPart[]) {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const byMpn = new Map<string, PricedPart[]>();
  for (const part of parts) {
    const numbers = new Set([...(part.partNumbers ?? []).map(normalizePartNumber), ...words(part.model).filter((w) => LOOKS_LIKE_MPN.test(w) && !SIZE_OR_SPEED.test(w))]);
    for (const n of numbers) if (n) byMpn.set(n, [...(byMpn.get(n) ?? []), part]);
  }
  const matchName = createPartMatcher(parts.map(({ id, category, brand, model, source }) => ({ id, category, brand, model, source })));

  return function match(row: Pick<PriceListRow, "partId" | "mpn" | "name" | "category">): RowMatch {
    if (row.partId) {
      const part = byId.get(row.partId);
      return part ? { partId: part.id, by: "id", confidence: 1 } : { partId: null, reason: `no part with id "${row.partId}"` };
    }
    if (row.mpn) {
      const found = (byMpn.get(normalizePartNumber(row.mpn)) ?? []).filter((p) => !row.category || p.category === row.category);
      const curated = found.filter((p) => p.source === "builtin");
      const pick = curated.length === 1 ? curated[0] : found.length === 1 ? found[0] : undefined;
      if (pick) return { partId: pick.id, by: "mpn", confidence: 1 };
      if (found.length > 1) return { partId: null, reason: `part number "${row.mpn}" fits ${found.length} parts; add a partId` };
    }
    if (row.name) {
      const categories = row.category ? [row.category] : CATEGORIES;
      let best: { partId: string; confidence: number } | null = null;
      for (const category of categories) {
        const result = matchName({ name: row.name, category });
        if (result.partId && (!best || result.confidence > best.confidence)) best = { partId: result.partId, confidence: result.confidence };
      }
      if (best && best.confidence >= MATCH_THRESHOLD) return { ...best, by: "name" };
    }
    return { partId: null, reason: row.mpn && !row.name ? `no part with part number "${row.mpn}"` : "no part matches this name closely enough" };
  };
}
