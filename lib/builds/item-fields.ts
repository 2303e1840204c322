import { parseMoneyInput } from "./money-input";

// The same bounds as lib/builds/draft.ts (a test checks), without pulling zod into the builder.
export const QUANTITY_MAX = 99;
export const AMOUNT_MAX_CENTS = 20_000_000_00;

export type ItemField = "quantity" | "price" | "discount";

export interface ItemFieldTexts {
  quantity: string;
  price: string;
  discount: string;
}

export interface ItemFieldValues {
  quantity: number;
  priceCents: number | null;
  discountCents: number;
}

export type ItemFieldCheck =
  | { ok: true; values: ItemFieldValues }
  | { ok: false; errors: Partial<Record<ItemField, string>> };

/** Money as the build's currency shows it in messages ("$1,299.99"). */
export type MoneyFormat = (cents: number) => string;

function parseQuantity(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,2}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= QUANTITY_MAX ? n : null;
}

function parseAmount(text: string): { ok: true; cents: number | null } | { ok: false; tooLarge?: boolean } {
  const parsed = parseMoneyInput(text);
  if (!parsed.ok) return { ok: false };
  if (parsed.cents !== null && parsed.cents > AMOUNT_MAX_CENTS) return { ok: false, tooLarge: true };
  return parsed;
}

/**
 * What a build line's three boxes say, checked together (a discount depends on quantity and
 * price): the values to use, or a message for each box that is wrong. Empty price = unknown;
 * empty discount = none; quantity must be typed (an empty box is an error, never a silent 1).
 */
export function checkItemFields(texts: ItemFieldTexts, money: MoneyFormat): ItemFieldCheck {
  const errors: Partial<Record<ItemField, string>> = {};
  const quantity = parseQuantity(texts.quantity);
  if (quantity === null) errors.quantity = texts.quantity.trim() === "" ? "Enter a quantity from 1 to 99" : "Quantity is a whole number from 1 to 99";
  const price = parseAmount(texts.price);
  if (!price.ok) errors.price = price.tooLarge ? `Price is at most ${money(AMOUNT_MAX_CENTS)}` : "Enter a price like 129.99, or leave it empty if unknown";
  const discount = parseAmount(texts.discount);
  if (!discount.ok) errors.discount = discount.tooLarge ? `Discount is at most ${money(AMOUNT_MAX_CENTS)}` : "Enter a discount like 10.00, or leave it empty";
  if (quantity !== null && price.ok && discount.ok && price.cents !== null && (discount.cents ?? 0) > quantity * price.cents) {
    errors.discount = `${money(discount.cents ?? 0)} is more than this line's ${money(quantity * price.cents)}`;
  }
  if (Object.keys(errors).length > 0 || quantity === null || !price.ok || !discount.ok) return { ok: false, errors };
  return { ok: true, values: { quantity, priceCents: price.cents, discountCents: discount.cents ?? 0 } };
}

/** The draft paths the API names in fieldErrors for line `index`, and the box each belongs to. */
export const FIELD_OF_PATH: Record<string, ItemField> = { quantity: "quantity", priceCents: "price", discountCents: "discount" };

/**
 * Splits the API's fieldErrors ("items.3.discountCents") into the line and box they belong to;
 * anything else (name, notes, a custom part's specs) stays under its own path.
 */
export function locateFieldError(path: string): { index: number; field: ItemField | null } | null {
  const match = /^items\.(\d{1,3})(?:\.(.+))?$/.exec(path);
  if (!match) return null;
  return { index: Number(match[1]), field: match[2] ? (FIELD_OF_PATH[match[2]] ?? null) : null };
}

const PATH_NAMES: Record<string, string> = { name: "Build name", notes: "Notes", shippingCents: "Shipping", taxRate: "Tax rate", currency: "Currency" };
const BOX_NAMES: Record<ItemField, string> = { quantity: "quantity", price: "unit price", discount: "discount" };

/** An API field path in words: "items.3.discountCents" -> "Line 4, discount". */
export function describeFieldPath(path: string): string {
  const at = locateFieldError(path);
  if (at) return `Line ${at.index + 1}${at.field ? `, ${BOX_NAMES[at.field]}` : ""}`;
  return PATH_NAMES[path] ?? path;
}
