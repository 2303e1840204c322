import { CATEGORIES, type Category } from "@/lib/parts/categories";
import { CURRENCIES } from "@/lib/builds/currencies";
import { isCircuitId } from "@/lib/power/circuits";
import { addToState, MAX_DRAFT_ITEMS, type AddOutcome } from "./draft-add";
import { EMPTY_STATE, type EditorItem, type EditorState } from "./draft-state";

// The new build in progress, kept in this browser so a reload or a trip to the catalog ("Add to
// build") does not lose it. Cleared once it is saved.
const KEY = "dlbox:draft";

const isMoney = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 0);

function asItem(v: unknown): EditorItem | null {
  if (typeof v !== "object" || v === null) return null;
  const i = v as Record<string, unknown>;
  if (typeof i.key !== "string" || typeof i.label !== "string" || !CATEGORIES.includes(i.category as Category)) return null;
  if (!(i.partId === null || typeof i.partId === "string")) return null;
  if (!Number.isInteger(i.quantity) || !isMoney(i.priceCents) || !Number.isInteger(i.discountCents)) return null;
  const item: EditorItem = {
    key: i.key, category: i.category as Category, label: i.label.slice(0, 200), partId: i.partId as string | null,
    quantity: Math.min(99, Math.max(1, i.quantity as number)), priceCents: i.priceCents as number | null, discountCents: i.discountCents as number,
  };
  if (typeof i.customSpecs === "object" && i.customSpecs !== null) item.customSpecs = i.customSpecs as Record<string, unknown>;
  if (typeof i.priceObservedAt === "string" && i.priceObservedAt.length <= 40) item.priceObservedAt = i.priceObservedAt;
  return item;
}

/** The stored draft, or null; a malformed one is ignored rather than trusted. */
export function loadDraft(): EditorState | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw || raw.length > 500_000) return null;
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (!Array.isArray(v.items)) return null;
    const items = v.items.slice(0, MAX_DRAFT_ITEMS).map(asItem).filter((i): i is EditorItem => i !== null);
    const currency = CURRENCIES.includes(v.currency as EditorState["currency"]) ? (v.currency as EditorState["currency"]) : "USD";
    const str = (x: unknown, max: number) => (typeof x === "string" ? x.slice(0, max) : "");
    const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : 0);
    const circuit = typeof v.circuit === "string" && isCircuitId(v.circuit) ? v.circuit : null;
    return { ...EMPTY_STATE, name: str(v.name, 120), notes: str(v.notes, 5000), currency, shippingCents: num(v.shippingCents), taxRate: num(v.taxRate), circuit, items };
  } catch {
    return null;
  }
}

export function saveDraft(state: EditorState): void {
  try {
    if (state.items.length === 0 && !state.name && !state.notes) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the draft lives as long as the page.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/**
 * Adds a catalog part to the draft in progress (or a new one) and stores it. The part's reference
 * price is used only when it is in the draft's currency: nothing is converted.
 */
export function addToDraft(item: EditorItem, priceCents: number | null, currency: string): AddOutcome {
  const state = loadDraft() ?? EMPTY_STATE;
  const priced = currency === state.currency ? priceCents : null;
  const outcome = addToState(state, { ...item, priceCents: priced, priceObservedAt: priced === null ? null : (item.priceObservedAt ?? null) });
  saveDraft(outcome.state);
  return outcome;
}
