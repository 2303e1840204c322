import { fileSafeText } from "../text/file-safe";
import { importFailure, type ImportFailure } from "./errors";
import { checkImportText, normalizeImportText } from "./input-guard";
import { formatMoney, type ImportCurrency } from "./money";
import { parsePriceCell, type ParsedPrice } from "./pcpp-price";
import { readRows, type RawRow } from "./pcpp-rows";
import { detectSite } from "./pcpp-site";
import { categoryForType } from "./pcpp-types";
import { collapseRows, type PricedRow } from "./pcpp-collapse";
import { readFooter } from "./pcpp-footer";
import type { ParsedAdjustments, ParsedListItem } from "./pcpp-model";

export type { ParsedAdjustments, ParsedListItem } from "./pcpp-model";

export interface ParsedList {
  ok: true;
  items: ParsedListItem[];
  currency: ImportCurrency;
  /** Regional site from the list or product URLs ("ca", "uk"; "us" for pcpartpicker.com). */
  site?: string;
  statedTotalCents: number | null;
  /** Sum of the rows (unit price x quantity - discounts) - rebates + shipping + tax. */
  computedTotalCents: number;
  adjustments: ParsedAdjustments;
  warnings: string[];
}

export type ParseResult = ParsedList | ImportFailure;

/** Product names run to about 150 characters; longer is pasted prose or an attack. */
export const MAX_NAME_CHARS = 500;

const DOLLAR_CURRENCIES = new Set<ImportCurrency>(["USD", "CAD", "AUD", "NZD"]);

/**
 * Reads a PCPartPicker part list (markdown table from any regional site, Reddit variants, or
 * the plain-text export). Never "fixes" totals: disagreements become warnings.
 */
export function parsePcPartPickerList(input: string, opts: { currencyHint?: ImportCurrency } = {}): ParseResult {
  const guard = checkImportText(input);
  if (guard) return guard;
  const text = normalizeImportText(input);
  const warnings: string[] = [];
  const siteInfo = detectSite(text);
  for (const sub of siteInfo.unknown) warnings.push(`Unknown PCPartPicker site "${sub}.pcpartpicker.com"; currency taken from the prices.`);
  const rows = readRows(text, warnings);
  if (!rows.some((r) => r.kind === "item")) {
    return importFailure(
      "not_a_part_list",
      "No parts found. Paste a PCPartPicker list: the markdown table (Type|Item|Price) or the text export (CPU: ...).",
    );
  }
  // A bare "$" means the site's dollar; a list with no link falls back to the hint, then USD.
  const siteDollar = siteInfo.currency && DOLLAR_CURRENCIES.has(siteInfo.currency) ? siteInfo.currency : null;
  const dollar = siteDollar ?? (opts.currencyHint && DOLLAR_CURRENCIES.has(opts.currencyHint) ? opts.currencyHint : "USD");
  const fallback = siteInfo.currency ?? opts.currencyHint ?? "USD";
  const currencyOf = (price: ParsedPrice | null): ImportCurrency =>
    price?.currency ?? (price?.symbol ? dollar : fallback);

  const priced = rows.flatMap((row) => (row.kind === "item" ? [priceRow(row, fallback, warnings)] : []));
  for (const row of rows) if (row.kind === "ignored") warnings.push(`Line ${row.line}: not a part row, ignored.`);
  const items = collapseRows(
    priced.map((p) => ({ ...p, currency: currencyOf(p.price) })),
    warnings,
  );
  const currency = majorityCurrency(items, fallback, warnings);
  if (siteInfo.currency && items.some((i) => i.priceCents !== null && i.currency !== siteInfo.currency)) {
    warnings.push(`Prices are not in ${siteInfo.currency}, the currency of ${siteInfo.site}.pcpartpicker.com.`);
  }
  const footer = readFooter(rows.filter((r) => r.kind === "footer"), fallback, warnings);
  const rowsCents = items.reduce((sum, i) => sum + (i.priceCents ?? 0) * i.quantity - (i.discountCents ?? 0), 0);
  const { shippingCents, taxCents, rebateCents } = footer.adjustments;
  const computedTotalCents = rowsCents - rebateCents + shippingCents + taxCents;
  const unpriced = items.filter((i) => i.priceCents === null).length;
  if (unpriced > 0) warnings.push(`${unpriced} item(s) have no price and are not in the computed total.`);
  if (footer.statedTotalCents !== null && footer.statedTotalCents !== computedTotalCents) {
    const diff = footer.statedTotalCents - computedTotalCents;
    warnings.push(
      `The list's total (${formatMoney(footer.statedTotalCents, currency)}) differs from the sum of its prices ` +
        `(${formatMoney(computedTotalCents, currency)}) by ${formatMoney(diff, currency)}.`,
    );
  }
  return {
    ok: true,
    items,
    currency,
    ...(siteInfo.site ? { site: siteInfo.site } : {}),
    statedTotalCents: footer.statedTotalCents,
    computedTotalCents,
    adjustments: footer.adjustments,
    warnings: capWarnings(warnings),
  };
}

/** A list of 100,000 broken lines gets a readable report, not 100,000 lines of it. */
export const MAX_WARNINGS = 50;
const MAX_QUOTED = 80;

function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), `…and ${warnings.length - MAX_WARNINGS} more warnings.`];
}

const quoted = (text: string) => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text);

function priceRow(row: Extract<RawRow, { kind: "item" }>, hint: ImportCurrency, warnings: string[]): Omit<PricedRow, "currency"> {
  let name = row.name;
  let price = row.priceCell === null ? null : parsePriceCell(row.priceCell, hint);
  if (row.fullText !== undefined && row.priceCell !== null && (price === null || !price.explicit)) {
    // Text export: a price there names its currency or shop ("($339.99 @ Amazon)"); anything
    // else in the closing parentheses ("(2x8GB)", "(-)", "()") is part of the name.
    name = row.fullText;
    price = null;
  } else if (price === null && row.priceCell !== null) {
    warnings.push(`Line ${row.line}: unreadable price "${quoted(row.priceCell)}", kept as unknown.`);
  }
  const discount = /^discount$/i.test(row.typeLabel);
  if (!discount && price?.minor != null && price.minor < 0) {
    warnings.push(`Line ${row.line}: negative price ignored.`);
    price = { ...price, minor: null };
  }
  const category = categoryForType(row.typeLabel);
  if (!discount && category === null) warnings.push(`Line ${row.line}: unknown type "${quoted(row.typeLabel)}", imported as "other".`);
  // Bidi overrides and other invisible characters would be refused when the build is saved.
  name = fileSafeText(name).trim();
  if (name.length > MAX_NAME_CHARS) {
    warnings.push(`Line ${row.line}: name longer than ${MAX_NAME_CHARS} characters, cut.`);
    name = name.slice(0, MAX_NAME_CHARS);
  }
  return { line: row.line, typeLabel: row.typeLabel, category: category ?? "other", discount, name, url: row.url, price };
}

function majorityCurrency(items: ParsedListItem[], fallback: ImportCurrency, warnings: string[]): ImportCurrency {
  const counts = new Map<ImportCurrency, number>();
  for (const item of items) if (item.priceCents !== null) counts.set(item.currency, (counts.get(item.currency) ?? 0) + 1);
  if (counts.size > 1) warnings.push(`Prices mix currencies (${[...counts.keys()].join(", ")}); totals add them as they are.`);
  let best: ImportCurrency = fallback;
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount) [best, bestCount] = [currency, count];
  }
  return best;
}
