import { isCategory } from "../parts/categories";
import { boundSpecs } from "../parts/bound-specs";
import { partName } from "../parts/types";
import { toResolvedPart, type ResolvedBuild, type ResolvedItem, type ResolvedPart } from "./types";
import type { StoredBuild, StoredItem } from "./stored";

// A page asks for the same loaded build's resolved form from several panels; stored builds are
// never mutated after loading, so one result per object is safe and saves the repeated work.
const resolvedCache = new WeakMap<StoredBuild, ResolvedBuild>();

/** Turns a stored build into the input of compatibility, power, cost and exports. */
export function resolveStoredBuild(build: StoredBuild): ResolvedBuild {
  let resolved = resolvedCache.get(build);
  if (!resolved) {
    resolved = resolveUncached(build);
    resolvedCache.set(build, resolved);
  }
  return resolved;
}

function resolveUncached(build: StoredBuild): ResolvedBuild {
  return {
    name: build.name,
    currency: build.currency,
    shippingCents: build.shippingCents,
    taxMilliPct: build.taxMilliPct,
    notes: build.notes,
    circuit: build.circuit,
    items: build.items.map(resolveItem),
  };
}

function resolveItem(item: StoredItem): ResolvedItem {
  return {
    id: item.id,
    part: resolvePart(item),
    quantity: item.quantity,
    priceCents: item.priceCents,
    discountCents: item.discountCents,
  };
}

function resolvePart(item: StoredItem): ResolvedPart {
  if (item.part) {
    return toResolvedPart(item.part, partName(item.part));
  }
  if (item.custom) return customPart(item.custom.name, item.custom.category, item.custom.specs);
  // The catalog part was deleted after the build was saved: keep the line, unknown specs.
  return { id: null, category: "other", name: "Removed part", specs: {} };
}

/**
 * Custom specs are user input, checked on save; a value stored before today's bounds (or
 * otherwise invalid) reads as unknown, and the analysis says so.
 */
export function customPart(name: string, category: string, specs: Record<string, unknown> | undefined): ResolvedPart {
  const cat = isCategory(category) ? category : "other";
  const bounded = boundSpecs(cat, specs ?? {});
  const part = { id: null, category: cat, name, specs: bounded.specs } as ResolvedPart;
  if (bounded.dropped.length > 0) part.ignoredSpecs = bounded.dropped;
  return part;
}
