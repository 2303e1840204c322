import { CURRENCIES, MAX_CENTS } from "../builds/draft";
import { parseCsv } from "../import-export/csv";
import { isCategory, type Category } from "../parts/categories";
import { parseObservedAt } from "./observed-at";

// A retailer's price list for `npm run prices:import -- <file.csv>` (docs/prices.md):
//   retailer, price, currency, observedAt   required on every row
//   partId | mpn | name                     at least one: how the row finds its part
//   category, url                           optional: narrows a name match; the listing's page
export const PRICE_LIST_COLUMNS = ["retailer", "price", "currency", "observedAt", "partId", "mpn", "name", "category", "url"] as const;
export const MAX_PRICE_LIST_ROWS = 100_000;
export const MAX_PRICE_LIST_BYTES = 20 * 1024 * 1024;
const MAX_TEXT = 200;

export interface PriceListRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  retailer: string;
  priceCents: number;
  currency: string;
  observedAt: string;
  url: string | null;
  partId: string | null;
  mpn: string | null;
  name: string | null;
  category: Category | null;
}

export interface RowProblem {
  line: number;
  reason: string;
}

export type PriceListParse = { ok: true; rows: PriceListRow[]; invalid: RowProblem[] } | { ok: false; message: string };

// "1299.99", "1,299.99", "$1,299.99": a dot decimal mark, optional thousands commas and symbol.
const PRICE = /^(?:[$€£¥]|US\$|CA\$|A\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Price text in major units to minor units; JPY has none. Null when unreadable or out of range. */
export function parsePrice(text: string, currency: string): number | null {
  const match = PRICE.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]!.replace(/,/g, ""));
  const fraction = match[2] ?? "";
  if (currency === "JPY") return fraction === "" && whole > 0 && whole <= MAX_CENTS ? whole : null;
  const cents = whole * 100 + Number(fraction.padEnd(2, "0") || "0");
  return cents > 0 && cents <= MAX_CENTS ? cents : null;
}

function cleanUrl(text: string): string | null | undefined {
  if (text === "") return null;
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && text.length <= 2000 ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function parsePriceList(text: string, now: Date = new Date()): PriceListParse {
  if (text.length > MAX_PRICE_LIST_BYTES) return { ok: false, message: `The file is larger than ${MAX_PRICE_LIST_BYTES / 1024 / 1024} MB.` };
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.rows;
  if (!header) return { ok: false, message: "The CSV file is empty." };
  const columns = header.map((h) => h.trim());
  const unknown = columns.filter((c) => !(PRICE_LIST_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) return { ok: false, message: `Unknown column(s): ${unknown.join(", ")}. Expected ${PRICE_LIST_COLUMNS.join(", ")}.` };
  const missing = ["retailer", "price", "currency", "observedAt"].filter((c) => !columns.includes(c));
  if (missing.length > 0) return { ok: false, message: `Missing column(s): ${missing.join(", ")}.` };
  if (!["partId", "mpn", "name"].some((c) => columns.includes(c))) return { ok: false, message: "Add a partId, mpn or name column so rows can find their parts." };
  if (records.length > MAX_PRICE_LIST_ROWS) return { ok: false, message: `At most ${MAX_PRICE_LIST_ROWS} rows per file (this one has ${records.length}).` };
  const rows: PriceListRow[] = [];
  const invalid: RowProblem[] = [];
  records.forEach((cells, index) => {
    const line = index + 2;
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i < 0 ? "" : (cells[i] ?? "").trim().replace(/^'(?=[=+\-@])/, "");
    };
    const problem = (reason: string) => invalid.push({ line, reason });
    const retailer = cell("retailer");
    const currency = cell("currency").toUpperCase();
    if (!retailer || retailer.length > 80) return problem("retailer is empty or longer than 80 characters");
    if (!(CURRENCIES as readonly string[]).includes(currency)) return problem(`currency "${currency}" is not one of ${CURRENCIES.join(", ")}`);
    const priceCents = parsePrice(cell("price"), currency);
    if (priceCents === null) return problem(`price "${cell("price").slice(0, 40)}" is not an amount like 699.99`);
    const observedAt = parseObservedAt(cell("observedAt"), now);
    if (!observedAt) return problem(`observedAt "${cell("observedAt").slice(0, 40)}" is not a date (YYYY-MM-DD) from 2000 until today`);
    const url = cleanUrl(cell("url"));
    if (url === undefined) return problem("url is not an http(s) address");
    const category = cell("category");
    if (category && !isCategory(category)) return problem(`category "${category.slice(0, 40)}" is not a part category`);
    const [partId, mpn, name] = ["partId", "mpn", "name"].map((c) => cell(c).slice(0, MAX_TEXT) || null);
    if (!partId && !mpn && !name) return problem("no partId, mpn or name to find the part by");
    rows.push({ line, retailer, priceCents, currency, observedAt, url, partId: partId!, mpn: mpn!, name: name!, category: (category || null) as Category | null });
  });
  return { ok: true, rows, invalid };
}
