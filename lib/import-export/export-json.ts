import type { ResolvedBuild } from "../builds/types";
import { escapeUnsafeInJson } from "../text/file-safe";
import { BUILD_JSON_FORMAT, BUILD_JSON_VERSION, type BuildJsonItem, type BuildJsonV1 } from "./build-json";

const hasKeys = (specs: object) => Object.keys(specs).length > 0;

/** The JSON document for a build; `importBuildJson` reads it back into the same draft. */
export function toBuildJson(build: ResolvedBuild): BuildJsonV1 {
  const items = build.items.map((item): BuildJsonItem => {
    const common = { quantity: item.quantity, priceCents: item.priceCents, discountCents: item.discountCents };
    const { id, name, category, specs } = item.part;
    if (id !== null) return { partId: id, ...common, snapshot: { name, category, specs } };
    return { custom: hasKeys(specs) ? { name, category, specs } : { name, category }, ...common };
  });
  return {
    format: BUILD_JSON_FORMAT,
    version: BUILD_JSON_VERSION,
    build: {
      name: build.name,
      currency: build.currency,
      shippingCents: build.shippingCents,
      // Thousandths of a percent to percent; exact because the draft allows three decimals.
      taxRate: build.taxMilliPct / 1000,
      notes: build.notes,
      // Only when chosen: files without it read as the currency's default.
      ...(build.circuit ? { circuit: build.circuit } : {}),
      items,
    },
  };
}

/** Invisible characters in old builds' names are written as \u escapes: lossless, and inert in a terminal. */
export function exportJson(build: ResolvedBuild): string {
  return `${escapeUnsafeInJson(JSON.stringify(toBuildJson(build), null, 2))}\n`;
}
