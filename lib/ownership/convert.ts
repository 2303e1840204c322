import type { Currency } from "../builds/currencies";
import { minorDigits } from "../pricing/format-money";

/** Conversion rates into the comparison currency: `{ USD: 0.92 }` means 1 USD = 0.92 of it. */
export type Rates = Partial<Record<Currency, number>>;

export interface MissingRate {
  from: Currency;
  to: Currency;
}

/**
 * Converts an amount in `from`'s minor unit (any scale, e.g. thousandths) to `to`'s minor unit.
 * Minor units differ (JPY has none), so it goes through whole units. null when no rate is given:
 * amounts in two currencies are never added as if they were one.
 */
export function convertMinor(amount: number, from: Currency, to: Currency, rates: Rates): number | null {
  if (from === to) return amount;
  const rate = rates[from];
  if (rate === undefined || !Number.isFinite(rate) || rate <= 0) return null;
  return (amount / 10 ** minorDigits(from)) * rate * 10 ** minorDigits(to);
}
