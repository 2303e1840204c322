import type { Currency } from "../builds/draft";
import type { StoredBuild, StoredItem } from "../builds/stored";
import { isCategory } from "../parts/categories";
import { isCircuitId } from "../power/circuits";
import { rowToPart, type PartRow } from "./part-mapper";

interface ItemRow {
  id: string;
  position: number;
  customName: string | null;
  customCategory: string | null;
  customSpecs: string | null;
  quantity: number;
  priceCents: number | null;
  discountCents: number;
  part: PartRow | null;
}

interface BuildRow {
  id: string;
  name: string;
  currency: string;
  shippingCents: number;
  taxMilliPct: number;
  notes: string;
  circuit: string | null;
  version: number;
  isExample: boolean;
  forkedFromId: string | null;
  createdAt: Date;
  updatedAt: Date;
  items: ItemRow[];
}

export function rowToBuild(row: BuildRow): StoredBuild {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency as Currency,
    shippingCents: row.shippingCents,
    taxMilliPct: row.taxMilliPct,
    notes: row.notes,
    // A value this release does not know reads as "not set" (the currency's default).
    circuit: row.circuit !== null && isCircuitId(row.circuit) ? row.circuit : null,
    version: row.version,
    isExample: row.isExample,
    forkedFromId: row.forkedFromId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    items: [...row.items].sort((a, b) => a.position - b.position).map(rowToItem),
  };
}

function rowToItem(row: ItemRow): StoredItem {
  const custom =
    row.customName !== null
      ? {
          name: row.customName,
          category: row.customCategory && isCategory(row.customCategory) ? row.customCategory : "other",
          specs: parseObject(row.customSpecs),
        }
      : null;
  return {
    id: row.id,
    position: row.position,
    part: row.part ? rowToPart(row.part) : null,
    custom,
    quantity: row.quantity,
    priceCents: row.priceCents,
    discountCents: row.discountCents,
  };
}

function parseObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
