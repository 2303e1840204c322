import { words } from "./search-terms";
import type { Part } from "./types";

// Words that tell colour or packaging variants of one product apart ("Black / White", "OEM/Tray").
// "Gold", "Titanium" and the like also name PSU efficiencies; those differ in the specs too, so
// such PSUs never share a key.
const VARIANT_WORDS = new Set([
  "black", "white", "red", "blue", "green", "yellow", "orange", "purple", "pink", "gray", "grey", "silver",
  "gold", "beige", "brown", "titanium", "gunmetal", "snow", "frost", "matte", "oem", "tray", "box", "boxed",
  "retail", "bulk",
]);

// Spec lists are sets ("DDR4, DDR3" and "DDR3, DDR4" are the same support), so their order is dropped.
// Packaging, not product: a boxed CPU has a cooler its tray twin lacks.
const PACKAGING_SPECS = new Set(["bundledCooler"]);

function canonical(value: unknown, top = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v)).sort().join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !(top && PACKAGING_SPECS.has(key)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Parts with the same key are one product in different colours or packaging: same category,
 * brand and specs (chipset included; a bundled cooler aside), names equal once colour and
 * packaging words are dropped.
 */
export function variantKey(part: Pick<Part, "category" | "brand" | "model"> & { specs: object }): string {
  const name = words(part.model).filter((w) => !VARIANT_WORDS.has(w));
  return `${part.category}|${words(part.brand).join(" ")}|${name.join(" ")}|${canonical(part.specs, true)}`;
}

export interface VariantGroup<T> {
  head: T;
  variants: T[];
}

/** Groups an ordered list by key; each group sits where its first (best) member was. */
export function groupVariants<T>(ordered: readonly T[], keyOf: (item: T) => string): VariantGroup<T>[] {
  const groups: VariantGroup<T>[] = [];
  const byKey = new Map<string, VariantGroup<T>>();
  for (const item of ordered) {
    const key = keyOf(item);
    const group = byKey.get(key);
    if (group) group.variants.push(item);
    else {
      const fresh = { head: item, variants: [] };
      byKey.set(key, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}
