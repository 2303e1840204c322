import type { ResolvedBuild } from "../builds/types";
import { writeCsv } from "./csv";
import { formatTaxRate, rowLabel } from "./export-rows";
import { formatDecimal } from "./money";
import { computeCost } from "../pricing";
import { fileSafeBuild } from "../builds/file-safe-build";

export const CSV_HEADER = ["Category", "Type", "Item", "Part ID", "Quantity", "Unit Price", "Discount", "Line Total", "Currency"];

/**
 * One row per line (quantity in its own column, unlike the PCPartPicker layouts), then
 * Subtotal, Shipping, Tax and Total rows. Amounts are plain decimals ("1234.50") in the build's
 * currency so spreadsheets can compute with them; unknown prices are empty cells.
 */
export function exportCsv(input: ResolvedBuild): string {
  const build = fileSafeBuild(input);
  const totals = computeCost(build);
  const money = (minor: number) => formatDecimal(minor, build.currency);
  const rows: Array<Array<string | number>> = [CSV_HEADER];
  build.items.forEach((item, index) => {
    const line = totals.lines[index];
    rows.push([
      item.part.category,
      rowLabel(item),
      item.part.name,
      item.part.id ?? "",
      item.quantity,
      item.priceCents === null ? "" : money(item.priceCents),
      item.priceCents === null ? "" : money(line?.discountCents ?? 0),
      line?.totalCents == null ? "" : money(line.totalCents),
      build.currency,
    ]);
  });
  const summary = (label: string, minor: number) => [label, "", "", "", "", "", "", money(minor), build.currency];
  rows.push(summary("Subtotal", totals.taxableCents));
  rows.push(summary("Shipping", totals.shippingCents));
  rows.push(summary(`Tax (${formatTaxRate(build.taxMilliPct)})`, totals.taxCents));
  rows.push(summary("Total", totals.totalCents));
  return writeCsv(rows);
}
