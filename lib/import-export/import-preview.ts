import { buildDraftSchema, CURRENCIES, MAX_CENTS, MAX_ITEMS, MAX_QUANTITY, type BuildDraft, type Currency, type DraftItem } from "../builds/draft";
import type { Category } from "../parts/categories";
import { createPartMatcher, MATCH_THRESHOLD, type CatalogEntry, type MatchCandidate } from "./match-parts";
import { formatMoney, type ImportCurrency } from "./money";
import type { ParsedAdjustments, ParsedList } from "./pcpp-parse";

export interface ImportPreviewItem {
  name: string;
  category: Category;
  typeLabel: string;
  quantity: number;
  priceCents: number | null;
  discountCents: number;
  match: { partId: string; confidence: number } | null;
  candidates?: MatchCandidate[];
  /** True when the user picked what this line becomes (a part, or custom) instead of the matcher. */
  chosen?: boolean;
}

/** What the user picked for one line of the preview: a catalog part, or null to keep it custom. */
export interface ImportChoice {
  line: number;
  partId: string | null;
}

/** What the import page shows before saving; the user may edit `match` before `previewToDraft`. */
export interface ImportPreview {
  items: ImportPreviewItem[];
  currency: ImportCurrency;
  statedTotalCents: number | null;
  computedTotalCents: number;
  adjustments: ParsedAdjustments;
  warnings: string[];
}

const MAX_NAME = 200;
const GENERIC_TYPES = /^(other|custom)?$/i;

export function buildImportPreview(
  list: ParsedList,
  catalog: readonly CatalogEntry[] | ReturnType<typeof createPartMatcher>,
  threshold = MATCH_THRESHOLD,
): ImportPreview {
  const match = typeof catalog === "function" ? catalog : createPartMatcher(catalog);
  const warnings = [...list.warnings];
  if (list.items.length > MAX_ITEMS) warnings.push(`Only the first ${MAX_ITEMS} of ${list.items.length} items can be imported.`);
  if (!(CURRENCIES as readonly string[]).includes(list.currency)) {
    warnings.push(`${list.currency} is not supported; the build keeps the default currency and the amounts as written.`);
  }
  const items = list.items.slice(0, MAX_ITEMS).map((item): ImportPreviewItem => {
    if (item.quantity > MAX_QUANTITY) warnings.push(`"${item.name}": quantity ${item.quantity} capped at ${MAX_QUANTITY}.`);
    const result = match(item, threshold);
    return {
      name: item.name.slice(0, MAX_NAME),
      category: item.category,
      typeLabel: item.typeLabel,
      quantity: Math.min(item.quantity, MAX_QUANTITY),
      priceCents: item.priceCents !== null && item.priceCents <= MAX_CENTS ? item.priceCents : null,
      discountCents: Math.min(item.discountCents ?? 0, MAX_CENTS),
      match: result.partId ? { partId: result.partId, confidence: result.confidence } : null,
      ...(result.candidates ? { candidates: result.candidates } : {}),
    };
  });
  return {
    items,
    currency: list.currency,
    statedTotalCents: list.statedTotalCents,
    computedTotalCents: list.computedTotalCents,
    adjustments: list.adjustments,
    warnings,
  };
}

/** The preview with the user's picks applied; the caller has checked that each partId exists. */
export function applyImportChoices(preview: ImportPreview, choices: readonly ImportChoice[]): ImportPreview {
  const byLine = new Map(choices.map((c) => [c.line, c.partId]));
  return {
    ...preview,
    items: preview.items.map((item, line) => {
      if (!byLine.has(line)) return item;
      const partId = byLine.get(line)!;
      return { ...item, match: partId === null ? null : { partId, confidence: 1 }, chosen: true };
    }),
  };
}

/**
 * Turns the (possibly user-edited) preview into a draft: matched items reference the catalog,
 * the rest become custom parts keeping their name, category, price and, for "other", the
 * list's row type as `kind`. Rebates cannot be tied to an item, so they are noted, not applied.
 */
export function previewToDraft(preview: ImportPreview, name?: string): BuildDraft {
  const items = preview.items.slice(0, MAX_ITEMS).map((item): DraftItem => {
    const quantity = Math.min(Math.max(1, item.quantity), MAX_QUANTITY);
    const discount = item.discountCents > 0 ? { discountCents: item.discountCents } : {};
    const common = { quantity, priceCents: item.priceCents, ...discount };
    // A catalog part without a price in the list takes the catalog's current price (if any).
    if (item.match) return item.priceCents === null ? { partId: item.match.partId, quantity, ...discount } : { partId: item.match.partId, ...common };
    const kind = item.category === "other" && !GENERIC_TYPES.test(item.typeLabel) ? { specs: { kind: item.typeLabel } } : {};
    return { custom: { name: item.name.slice(0, MAX_NAME) || item.typeLabel || "Part", category: item.category, ...kind }, ...common };
  });
  const { shippingCents, taxRate, rebateCents } = preview.adjustments;
  const currency = (CURRENCIES as readonly string[]).includes(preview.currency) ? (preview.currency as Currency) : undefined;
  const draft: BuildDraft = {
    ...(name?.trim() ? { name: name.trim().slice(0, 120) } : {}),
    ...(currency ? { currency } : {}),
    ...(shippingCents > 0 ? { shippingCents: Math.min(shippingCents, MAX_CENTS) } : {}),
    ...(taxRate !== null && taxRate <= 100 ? { taxRate: Math.round(taxRate * 1000) / 1000 } : {}),
    ...(rebateCents > 0
      ? { notes: `The imported list also had mail-in rebates of ${formatMoney(rebateCents, preview.currency)}, not deducted here.` }
      : {}),
    items,
  };
  return buildDraftSchema.parse(draft);
}
