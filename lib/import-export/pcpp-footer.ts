import type { ImportCurrency } from "./money";
import type { ParsedAdjustments } from "./pcpp-model";
import { parsePriceCell } from "./pcpp-price";
import type { RawRow } from "./pcpp-rows";

type FooterRow = Extract<RawRow, { kind: "footer" }>;

export interface FooterFigures {
  /** The final "Total" row; "Total (before mail-in rebates)" is not it. */
  statedTotalCents: number | null;
  adjustments: ParsedAdjustments;
}

/** Reads the total, rebate, shipping and tax rows; other footer rows carry no figures. */
export function readFooter(rows: FooterRow[], hint: ImportCurrency, warnings: string[]): FooterFigures {
  const figures: FooterFigures = {
    statedTotalCents: null,
    adjustments: { shippingCents: 0, taxCents: 0, taxRate: null, rebateCents: 0 },
  };
  for (const row of rows) {
    const label = row.label.toLowerCase();
    const kind = /^total\b(?!.*before)/.test(label)
      ? "total"
      : /^mail-in rebates?/.test(label)
        ? "rebate"
        : /^shipping/.test(label)
          ? "shipping"
          : /^tax\b/.test(label)
            ? "tax"
            : null;
    if (kind === null) continue;
    const minor = parsePriceCell(row.valueCell, hint)?.minor ?? null;
    if (minor === null) {
      warnings.push(`Line ${row.line}: unreadable amount in "${row.label}" row.`);
      continue;
    }
    if (kind === "total") figures.statedTotalCents = minor;
    if (kind === "rebate") figures.adjustments.rebateCents += Math.abs(minor);
    if (kind === "shipping") figures.adjustments.shippingCents += minor;
    if (kind === "tax") {
      figures.adjustments.taxCents += minor;
      const rate = /\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)/.exec(row.label);
      if (rate) figures.adjustments.taxRate = Number(rate[1]?.replace(",", "."));
    }
  }
  return figures;
}
