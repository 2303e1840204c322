import type { Category } from "../parts/categories";
import type { Part } from "../parts/types";
import type { CircuitId } from "../power/circuits";
import type { Currency } from "./draft";

/** A saved build as the data layer returns it (no secrets). */
export interface StoredBuild {
  id: string;
  name: string;
  currency: Currency;
  shippingCents: number;
  taxMilliPct: number;
  notes: string;
  circuit: CircuitId | null;
  version: number;
  isExample: boolean;
  forkedFromId: string | null;
  createdAt: Date;
  updatedAt: Date;
  items: StoredItem[];
}

export interface StoredItem {
  id: string;
  position: number;
  /** The catalog part, or null for a custom part (or a catalog part since removed). */
  part: Part | null;
  custom: { name: string; category: Category; specs: Record<string, unknown> } | null;
  quantity: number;
  priceCents: number | null;
  discountCents: number;
}

/** What the data layer needs to write a build's contents (create and update). */
export interface BuildContent {
  name: string;
  currency: Currency;
  shippingCents: number;
  taxMilliPct: number;
  notes: string;
  circuit: CircuitId | null;
  items: ItemContent[];
}

export interface ItemContent {
  partId: string | null;
  custom: { name: string; category: Category; specs: Record<string, unknown> } | null;
  quantity: number;
  priceCents: number | null;
  discountCents: number;
}
