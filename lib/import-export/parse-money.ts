import { CURRENCY_INFO, type ImportCurrency } from "./money";

export interface ParsedMoney {
  /** Amount in minor units of `currency` (or of a 2-decimal currency when unknown); may be negative. */
  minor: number;
  /** Null for a bare "$" (or no symbol): the site decides whether it is USD, CAD, AUD or NZD. */
  currency: ImportCurrency | null;
  /** Whether a currency symbol or code was written (a bare "1234" has none). */
  symbol: boolean;
}

// Longest spellings first so "CA$" wins over "$".
const SYMBOLS: Array<[string, ImportCurrency | null]> = [
  ["CA$", "CAD"], ["C$", "CAD"], ["CAD", "CAD"],
  ["AU$", "AUD"], ["A$", "AUD"], ["AUD", "AUD"],
  ["NZ$", "NZD"], ["NZD", "NZD"],
  ["US$", "USD"], ["USD", "USD"],
  ["EUR", "EUR"], ["€", "EUR"],
  ["GBP", "GBP"], ["£", "GBP"],
  ["JPY", "JPY"], ["¥", "JPY"], ["円", "JPY"],
  ["CHF", "CHF"], ["Fr.", "CHF"],
  ["SEK", "SEK"], ["kr", "SEK"],
  ["INR", "INR"], ["₹", "INR"], ["Rs.", "INR"], ["Rs", "INR"],
  ["$", null],
];
const escaped = SYMBOLS.map(([s]) => s.replace(/[$.]/g, "\\$&")).join("|");
const MONEY = new RegExp(
  `^([-−]?)\\s*(${escaped})?\\s*([-−]?)\\s*(\\d[\\d.,' ]*)\\s*(${escaped})?$`,
  "i",
);
const MAX_INTEGER_DIGITS = 12;

/**
 * Parses "$1,234.56", "-$20.00", "€123,45", "123,45 €", "1.234,56 €", "CA$99", "£5" into minor
 * units. A lone separator followed by exactly three digits is a thousands separator
 * ("$1,234" = 1234.00, "1.234 €" = 1234.00); with one or two digits it is the decimal mark.
 */
export function parseMoney(text: string, hint?: ImportCurrency): ParsedMoney | null {
  const match = MONEY.exec(text.trim());
  if (!match) return null;
  const [, sign1, before, sign2, digits = "", after] = match;
  if ((before && after) || (sign1 && sign2)) return null;
  const symbol = before ?? after;
  const currency = symbol === undefined ? null : symbolCurrency(symbol);
  if (currency === undefined) return null;
  const decimals = CURRENCY_INFO[currency ?? hint ?? "USD"].decimals;
  const minor = parseAmount(digits.trim(), decimals);
  if (minor === null) return null;
  return { minor: sign1 || sign2 ? -minor : minor, currency, symbol: symbol !== undefined };
}

function symbolCurrency(symbol: string): ImportCurrency | null | undefined {
  const entry = SYMBOLS.find(([s]) => s.toLowerCase() === symbol.toLowerCase());
  return entry ? entry[1] : undefined;
}

function parseAmount(raw: string, decimals: number): number | null {
  const text = raw.replace(/[ ']/g, "");
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimalAt = Math.max(lastDot, lastComma);
  if (decimalAt >= 0 && (lastDot < 0 || lastComma < 0)) {
    // Only one kind of separator: a decimal mark only if it appears once, not before 3 digits.
    const count = text.split(text.charAt(decimalAt)).length - 1;
    if (count > 1 || text.length - decimalAt - 1 === 3) decimalAt = -1;
  }
  const whole = (decimalAt >= 0 ? text.slice(0, decimalAt) : text).replace(/[.,]/g, "");
  let frac = decimalAt >= 0 ? text.slice(decimalAt + 1) : "";
  if (decimalAt >= 0 && frac.length === 0) return null;
  // A zero-decimal currency written with cents ("¥1,000.00") is fine while the cents are zero.
  if (decimals === 0 && /^0+$/.test(frac)) frac = "";
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(frac)) return null;
  if (frac.length > decimals || whole.replace(/^0+/, "").length > MAX_INTEGER_DIGITS) return null;
  return Number(whole) * 10 ** decimals + Number(frac.padEnd(decimals, "0") || "0");
}
