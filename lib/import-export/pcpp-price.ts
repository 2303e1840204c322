import type { ImportCurrency } from "./money";
import { parseMoney } from "./parse-money";
import { plainText } from "./markdown-text";

export interface ParsedPrice {
  /** Minor units; null when the list shows no price ("-", "No Prices Available"). */
  minor: number | null;
  /** Currency named by the symbol; null for a bare "$" or no price. */
  currency: ImportCurrency | null;
  /** True when the cell names a currency, retailer or purchase: clearly a price, not a number. */
  explicit: boolean;
  /** A currency symbol was written; with `currency` null that symbol was a bare "$". */
  symbol: boolean;
  retailer?: string;
  purchased?: boolean;
}

const NO_PRICE = /^(?:-+|—|–|n\/?a|none|no prices? available|unknown|\?)?$/i;
// The amount starts at the first non-space, so \s+ and the amount cannot share characters.
const PURCHASED = /^purchased\s+(?:for|at)\s+(\S.*)$/i;

/**
 * Markdown links reduced to their text, in one pass: "[$339.99 @ Amazon](https://...)" ->
 * "$339.99 @ Amazon". (The regex /\[([^\]]*)\]\([^)]*\)/g rescans to the end from every "[".)
 */
export function linkTexts(cell: string): string {
  let out = "";
  let at = 0;
  while (at < cell.length) {
    const open = cell.indexOf("[", at);
    if (open === -1) break;
    const close = cell.indexOf("]", open + 1);
    if (close === -1) break;
    if (cell.charAt(close + 1) !== "(") {
      out += cell.slice(at, close + 1);
      at = close + 1;
      continue;
    }
    const end = cell.indexOf(")", close + 2);
    if (end === -1) break;
    out += cell.slice(at, open) + cell.slice(open + 1, close);
    at = end + 1;
  }
  return out + cell.slice(at);
}

/**
 * Reads a price cell: "$339.99 @ Amazon", "Purchased For $150.00", "€123,45 @ Alternate",
 * "123,45 € @ Mindfactory", a bare price, or "-". Returns null for text that is not a price.
 */
export function parsePriceCell(cell: string, hint?: ImportCurrency): ParsedPrice | null {
  const text = plainText(linkTexts(cell));
  if (NO_PRICE.test(text)) return { minor: null, currency: null, explicit: false, symbol: false };
  let rest = text;
  let purchased = false;
  const bought = PURCHASED.exec(rest);
  if (bought) {
    purchased = true;
    rest = bought[1] ?? "";
  }
  const at = rest.indexOf("@");
  const amount = at >= 0 ? rest.slice(0, at) : rest;
  const retailer = at >= 0 ? rest.slice(at + 1).trim() : "";
  const money = parseMoney(amount, hint);
  if (!money) return null;
  return {
    minor: money.minor,
    currency: money.currency,
    explicit: money.symbol || purchased || retailer !== "",
    symbol: money.symbol,
    ...(retailer ? { retailer } : {}),
    ...(purchased ? { purchased } : {}),
  };
}
