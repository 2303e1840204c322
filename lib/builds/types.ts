import type { Category } from "../parts/categories";
import type { Part } from "../parts/types";
import type { DroppedSpec } from "../parts/bound-specs";
import type { SpecsByCategory } from "../parts/specs";
import type { CircuitId } from "../power/circuits";
import type { Currency } from "./draft";

/**
 * A build with every item's part resolved: the input of compatibility, power, cost,
 * provisioning, checklists and exports. Custom parts look like catalog parts with
 * source "user" and whatever specs the user gave.
 */
export interface ResolvedItem {
  /** Stable within the build (database id, or "item-<index>" for drafts). */
  id: string;
  part: ResolvedPart;
  quantity: number;
  /** Unit price actually paid; null = unknown. Defaults to the part's reference price. */
  priceCents: number | null;
  /** Discount on the whole line (not per unit). */
  discountCents: number;
}

export type ResolvedPart = {
  [C in Category]: {
    /** Catalog id, or null for a custom part. */
    id: string | null;
    category: C;
    name: string;
    specs: SpecsByCategory[C];
    /** Spec values dropped for being outside their bounds; the analysis notes each. */
    ignoredSpecs?: DroppedSpec[];
  };
}[Category];

export interface ResolvedBuild {
  name: string;
  currency: Currency;
  shippingCents: number;
  /** Tax in thousandths of a percent: 8.25 % -> 8250. */
  taxMilliPct: number;
  notes: string;
  /** The wall circuit chosen for the build; null or absent: the default for its currency. */
  circuit?: CircuitId | null;
  items: ResolvedItem[];
}

export function toResolvedPart(part: Part, name: string): ResolvedPart {
  const resolved = { id: part.id, category: part.category, name, specs: part.specs } as ResolvedPart;
  if (part.ignoredSpecs?.length) resolved.ignoredSpecs = part.ignoredSpecs;
  return resolved;
}
