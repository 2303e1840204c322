import type { Category } from "./categories";
import { KEY_SPEC } from "./filters";
import type { PartSortKey } from "./query";

/** The catalog's orders with their labels; relevance only means something with words to rank by. */
export function sortOptions(category: Category | undefined, hasQuery: boolean): Array<[value: PartSortKey, label: string]> {
  const keySpec = category ? KEY_SPEC[category] : undefined;
  return [
    ...(hasQuery ? [["relevance", "Best match"] as [PartSortKey, string]] : []),
    ["name", "Name"],
    ["price-asc", "Price, low to high"],
    ["price-desc", "Price, high to low"],
    ["newest", "Newest"],
    ...(keySpec ? ([["spec-desc", `${keySpec.label}, high to low`], ["spec-asc", `${keySpec.label}, low to high`]] as Array<[PartSortKey, string]>) : []),
  ];
}
