import type { Category } from "../parts/categories";
import type { ImportCurrency } from "./money";

export interface ParsedListItem {
  category: Category;
  /** The list's own row type ("Video Card", "Monitor"). */
  typeLabel: string;
  name: string;
  /** Unit price in minor units; null when the list shows none. */
  priceCents: number | null;
  currency: ImportCurrency;
  retailer?: string;
  purchased?: boolean;
  quantity: number;
  /** Discount on the whole line (our own exports write these as "Discount" rows). */
  discountCents?: number;
  url?: string;
}

export interface ParsedAdjustments {
  shippingCents: number;
  taxCents: number;
  /** Percent from a "Tax (8.25%)" row; null when absent. */
  taxRate: number | null;
  /** PCPartPicker's "Mail-in rebates", as a positive amount. */
  rebateCents: number;
}
