import { minorDigits } from "./format-money";

const LOCALE = "en-US";
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}|${compact}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(LOCALE, compact
      ? { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
      : { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(key, fmt);
  }
  return fmt;
}

/** Whole units, for running totals where cents are noise: 216591 USD -> "$2,166". */
export function formatMoneyWhole(cents: number, currency: string): string {
  return formatter(currency, false).format(cents / 10 ** minorDigits(currency));
}

/** Axis labels: 250000 USD cents -> "$2.5K". */
export function formatMoneyCompact(cents: number, currency: string): string {
  return formatter(currency, true).format(cents / 10 ** minorDigits(currency));
}

const precise = new Map<string, Intl.NumberFormat>();

/** Hourly prices held in thousandths of the minor unit, to a tenth of a cent: 100600 USD -> "$1.006", 90000 -> "$0.90". */
export function formatMoneyPrecise(milliCents: number, currency: string): string {
  const digits = minorDigits(currency);
  let fmt = precise.get(currency);
  if (!fmt) {
    fmt = new Intl.NumberFormat(LOCALE, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits + 1 });
    precise.set(currency, fmt);
  }
  return fmt.format(milliCents / 10 ** (digits + 3));
}
