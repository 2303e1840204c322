import { partTerms, searchTextOf, type PartTerms, type SearchFields } from "./search-terms";
import type { Part } from "./types";
import { splitTrailingPartNumber } from "./part-number";

// Spec values people type into a search box ("am5", "ddr5", "nvme", "blackwell").
const SEARCHABLE_SPECS = ["socket", "sockets", "architecture", "type", "formFactor", "interface", "memoryType", "memoryTypes", "vendor"];

/**
 * Bumped whenever the terms a part is indexed by change (tokenizer, fields), so start-up rewrites
 * the stored search text of every part, imported ones included (lib/db/search-text-refresh.ts).
 */
export const SEARCH_TEXT_VERSION = "3";

// A part number in parentheses at the end of a curated name ("SuperNOVA 850 G3 (220-G3-0850-X1)") is a
// part number, not part of the name: its pieces would otherwise count as model-number words the query
// left out and push the part below imported ones named without it.

type Searchable = Pick<Part, "brand" | "model" | "specs"> & { partNumbers?: readonly string[] };

export function searchFieldsOf(part: Searchable): SearchFields {
  const specs = part.specs as Record<string, unknown>;
  const values = SEARCHABLE_SPECS.flatMap((key) => {
    const v = specs[key];
    return typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  });
  const trailing = splitTrailingPartNumber(part.model);
  return {
    brand: part.brand,
    model: trailing ? trailing.name : part.model,
    chipset: typeof specs.chipset === "string" ? specs.chipset : undefined,
    specs: values,
    partNumbers: [...(part.partNumbers ?? []), ...(trailing ? [trailing.partNumber] : [])],
  };
}

export function termsOfPart(part: Searchable): PartTerms {
  return partTerms(searchFieldsOf(part));
}

/** What the Part.searchText column holds: every term the database index matches queries against. */
export function searchTextFor(part: Searchable): string {
  return searchTextOf(termsOfPart(part));
}
