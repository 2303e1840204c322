import type { BuildDraft, Currency } from "@/lib/builds/draft";
import type { CircuitId } from "@/lib/power/circuits";
import type { Category } from "@/lib/parts/categories";

/** One line in the builder: what the API needs plus what the UI shows. */
export interface EditorItem {
  key: string;
  category: Category;
  label: string;
  partId: string | null;
  customSpecs?: Record<string, unknown>;
  quantity: number;
  priceCents: number | null;
  /** When the price came from the catalog: the day it was observed. Cleared once the price is typed. */
  priceObservedAt?: string | null;
  discountCents: number;
}

export interface EditorState {
  name: string;
  currency: Currency;
  shippingCents: number;
  taxRate: number;
  notes: string;
  /** null: the default circuit for the currency. */
  circuit: CircuitId | null;
  items: EditorItem[];
}

export type EditorAction =
  | { type: "add"; item: EditorItem }
  | { type: "remove"; key: string }
  /** Replaces one line in place ("Change" on a single-slot part, or a finding's fix). */
  | { type: "swap"; key: string; item: EditorItem }
  | { type: "update"; key: string; patch: Partial<Pick<EditorItem, "quantity" | "priceCents" | "discountCents">> }
  | { type: "field"; patch: Partial<Omit<EditorState, "items">> }
  | { type: "replace"; state: EditorState };

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "add":
      return { ...state, items: [...state.items, action.item] };
    case "remove":
      return { ...state, items: state.items.filter((i) => i.key !== action.key) };
    case "swap":
      return state.items.some((i) => i.key === action.key)
        ? { ...state, items: state.items.map((i) => (i.key === action.key ? action.item : i)) }
        : { ...state, items: [...state.items, action.item] };
    case "update":
      return {
        ...state,
        items: state.items.map((i) => (i.key === action.key ? { ...i, ...action.patch, ...("priceCents" in action.patch ? { priceObservedAt: null } : {}) } : i)),
      };
    case "field":
      return { ...state, ...action.patch };
    case "replace":
      return action.state;
  }
}

export function toDraft(state: EditorState): BuildDraft {
  return {
    name: state.name,
    currency: state.currency,
    shippingCents: state.shippingCents,
    taxRate: state.taxRate,
    notes: state.notes,
    circuit: state.circuit,
    items: state.items.map((item) => {
      const common = { quantity: item.quantity, priceCents: item.priceCents, discountCents: item.discountCents };
      return item.partId
        ? { partId: item.partId, ...common }
        : { custom: { name: item.label, category: item.category, specs: item.customSpecs ?? {} }, ...common };
    }),
  };
}

export const EMPTY_STATE: EditorState = { name: "", currency: "USD", shippingCents: 0, taxRate: 0, notes: "", circuit: null, items: [] };

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `k${Date.now().toString(36)}${counter}`;
}
