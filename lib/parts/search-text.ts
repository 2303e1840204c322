import { partTerms, searchTextOf, type PartTerms, type SearchFields } from "./search-terms";
import type { Part } from "./types";

// Spec values people type into a search box ("am5", "ddr5", "nvme", "blackwell").
const SEARCHABLE_SPECS = ["socket", "sockets", "architecture", "type", "formFactor", "interface", "memoryType", "memoryTypes", "vendor"];

/**
 * Bumped whenever the terms a part is indexed by change (tokenizer, fields), so start-up rewrites
 * the stored search text of every part, imported ones included (lib/db/search-text-refresh.ts).
 */
export const SEARCH_TEXT_VERSION = "2";

type Searchable = Pick<Part, "brand" | "model" | "specs"> & { partNumbers?: readonly string[] };

export function searchFieldsOf(part: Searchable): SearchFields {
  const specs = part.specs as Record<string, unknown>;
  const values = SEARCHABLE_SPECS.flatMap((key) => {
    const v = specs[key];
    return typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  });
  return {
    brand: part.brand,
    model: part.model,
    chipset: typeof specs.chipset === "string" ? specs.chipset : undefined,
    specs: values,
    partNumbers: part.partNumbers ?? [],
  };
}

export function termsOfPart(part: Searchable): PartTerms {
  return partTerms(searchFieldsOf(part));
}

/** What the Part.searchText column holds: every term the database index matches queries against. */
export function searchTextFor(part: Searchable): string {
  return searchTextOf(termsOfPart(part));
}
