import { parseSpecs } from "../parts/parse-specs";
import { partName, type Part } from "../parts/types";
import type { BuildDraft } from "./draft";
import type { BuildContent, ItemContent } from "./stored";
import { toResolvedPart, type ResolvedBuild, type ResolvedItem, type ResolvedPart } from "./types";

export const DEFAULT_BUILD_NAME = "Untitled build";

export type NormalizeResult =
  | { ok: true; content: BuildContent; resolved: ResolvedBuild }
  | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Checks a validated draft against the catalog (every partId exists, custom specs fit their
 * category, discounts fit their line) and produces both what to store and what to analyse.
 * An item without priceCents takes the part's current price when it is in the build's currency;
 * null means "unknown".
 */
export function normalizeDraft(draft: BuildDraft, parts: ReadonlyMap<string, Part>): NormalizeResult {
  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  const items: ItemContent[] = [];
  const resolvedItems: ResolvedItem[] = [];

  draft.items.forEach((item, index) => {
    let content: ItemContent;
    let part: ResolvedPart;
    if ("partId" in item) {
      const found = parts.get(item.partId);
      if (!found) return add(`items.${index}.partId`, `Unknown part "${item.partId}"`);
      // The reference price counts only in the build's currency: nothing is converted without a rate.
      const reference = found.currency === (draft.currency ?? "USD") ? found.priceCents : null;
      const priceCents = item.priceCents === undefined ? reference : item.priceCents;
      content = { partId: found.id, custom: null, quantity: item.quantity, priceCents, discountCents: item.discountCents ?? 0 };
      part = toResolvedPart(found, partName(found));
    } else {
      const specs = parseSpecs(item.custom.category, item.custom.specs ?? {});
      if (!specs.ok) return specs.errors.forEach((e) => add(`items.${index}.custom.specs`, e));
      const custom = { name: item.custom.name, category: item.custom.category, specs: specs.specs as Record<string, unknown> };
      content = { partId: null, custom, quantity: item.quantity, priceCents: item.priceCents ?? null, discountCents: item.discountCents ?? 0 };
      part = { id: null, category: custom.category, name: custom.name, specs: specs.specs } as ResolvedPart;
    }
    if (content.priceCents !== null && content.discountCents > content.priceCents * content.quantity) {
      return add(`items.${index}.discountCents`, "Discount is larger than the line's price");
    }
    items.push(content);
    resolvedItems.push({ id: `item-${index}`, part, quantity: content.quantity, priceCents: content.priceCents, discountCents: content.discountCents });
  });

  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const header = {
    name: draft.name?.trim() || DEFAULT_BUILD_NAME,
    currency: draft.currency ?? "USD",
    shippingCents: draft.shippingCents ?? 0,
    taxMilliPct: Math.round((draft.taxRate ?? 0) * 1000),
    notes: draft.notes ?? "",
    circuit: draft.circuit ?? null,
  };
  return { ok: true, content: { ...header, items }, resolved: { ...header, items: resolvedItems } };
}
