const DEFAULT_LOCALE = "en-US";

// Building an Intl.NumberFormat costs tens of microseconds; a build page formats dozens of amounts.
const formatters = new Map<string, Intl.NumberFormat | null>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  let fmt = formatters.get(key);
  if (fmt === undefined) {
    try {
      fmt = new Intl.NumberFormat(locale, { style: "currency", currency });
    } catch {
      // Malformed code (Intl throws RangeError): fall back rather than break a page.
      fmt = null;
    }
    formatters.set(key, fmt);
  }
  return fmt;
}

/** Minor-unit digits of a currency per ISO 4217 as Intl knows it: USD 2, JPY 0. */
export function minorDigits(currency: string): number {
  return formatterFor(currency, DEFAULT_LOCALE)?.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats an amount held in the currency's minor unit: 123456 USD -> "$1,234.56",
 * 123456 JPY -> "¥123,456".
 */
export function formatMoney(cents: number, currency: string, locale: string = DEFAULT_LOCALE): string {
  const fmt = formatterFor(currency, locale);
  if (fmt === null) return `${(cents / 100).toFixed(2)} ${currency}`;
  const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
  return fmt.format(cents / 10 ** digits);
}
