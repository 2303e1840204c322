import type { Category } from "../parts/categories";

/** All amounts are integers in the currency's minor unit (cents; yen for JPY). */
export interface CostLine {
  itemId: string;
  category: Category;
  name: string;
  quantity: number;
  /** null when the price is unknown: the line is then left out of every total. */
  unitPriceCents: number | null;
  /** quantity x unit price, before the discount. */
  subtotalCents: number | null;
  /** Discount actually applied: capped at the line subtotal, 0 when the price is unknown. */
  discountCents: number;
  totalCents: number | null;
  /** True when the entered discount exceeded the line and was capped. */
  discountCapped: boolean;
}

export interface CategoryCost {
  category: Category;
  totalCents: number;
  pricedLineCount: number;
  unknownPriceCount: number;
}

export interface CostSummary {
  currency: string;
  lines: CostLine[];
  subtotalCents: number;
  discountCents: number;
  /** subtotal - discounts: what tax applies to (shipping is not taxed). */
  taxableCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  /** Categories present in the build, in catalog order. */
  byCategory: CategoryCost[];
  /** Lines whose price is unknown, and their item ids. */
  unknownPriceCount: number;
  unknownPriceItemIds: string[];
  /** Parts (quantities summed) on those lines: "2 x RTX 4090" without a price is 2 parts unpriced. */
  unpricedPartCount: number;
}
