import { CATEGORY_LABELS, type Category } from "../parts/categories";
import type { CostSummary } from "./types";

export interface CostShare {
  key: Category | "shipping" | "tax";
  label: string;
  cents: number;
  /** Share of the total in percent, one decimal. */
  pct: number;
}

/**
 * What the money went to: each category after discounts, then shipping and tax, largest first.
 * Rows with nothing in them are left out; their sum is always the build's total.
 */
export function costShares(cost: CostSummary): CostShare[] {
  const rows: Omit<CostShare, "pct">[] = [
    ...cost.byCategory.map((c) => ({ key: c.category, label: CATEGORY_LABELS[c.category], cents: c.totalCents })),
    { key: "shipping" as const, label: "Shipping", cents: cost.shippingCents },
    { key: "tax" as const, label: "Tax", cents: cost.taxCents },
  ];
  return rows
    .filter((row) => row.cents > 0)
    .sort((a, b) => b.cents - a.cents)
    .map((row) => ({ ...row, pct: Math.round((row.cents / cost.totalCents) * 1000) / 10 }));
}
