import Link from "next/link";
import { CATEGORY_LABELS } from "@/lib/parts/categories";
import { formatMoney } from "@/lib/pricing";
import { honestTotal, unpricedLabel } from "@/lib/pricing/honest-total";
import type { CostSummary } from "@/lib/pricing/types";

/**
 * The parts of a build with quantities, prices and the totals block. Below the `sm` width each
 * line stacks (type and name, then quantity, unit and line price with their labels), so a phone
 * shows every figure without sideways scrolling (issue 18: two SSDs looked like one).
 */
export function BuildPartsTable({ cost, links, caption }: { cost: CostSummary; links: ReadonlyMap<string, string>; caption?: string }) {
  const money = (cents: number | null) => (cents === null ? "—" : formatMoney(cents, cost.currency));
  const total = honestTotal(cost);
  return (
    <div className="sm:overflow-x-auto">
      <table className="w-full text-left text-sm sm:min-w-[36rem]" data-testid="parts-table">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b border-zinc-200 text-zinc-600 max-sm:sr-only dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Type</th>
            <th scope="col" className="py-2 pr-3 font-medium">Part</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Qty</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Unit</th>
            <th scope="col" className="py-2 text-right font-medium">Line</th>
          </tr>
        </thead>
        <tbody>
          {cost.lines.map((line) => (
            <tr key={line.itemId} className={`border-b border-zinc-100 max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-2 max-sm:py-2 dark:border-zinc-900 ${line.unitPriceCents === null ? "bg-amber-50 dark:bg-amber-950/40" : ""}`}
              data-testid="parts-row" data-unpriced={line.unitPriceCents === null || undefined}>
              <td className="py-2 pr-3 text-zinc-600 max-sm:col-span-3 max-sm:py-0 max-sm:text-xs dark:text-zinc-400">{CATEGORY_LABELS[line.category]}</td>
              <td className="py-2 pr-3 max-sm:col-span-3 max-sm:py-0.5 max-sm:font-medium">
                {links.has(line.itemId) ? <Link className="hover:underline" href={links.get(line.itemId)!}>{line.name}</Link> : line.name}
                {line.unitPriceCents === null ? (
                  <span className="ml-2 rounded border border-amber-400 px-1.5 text-xs text-amber-900 dark:border-amber-700 dark:text-amber-200">no price yet: the owner can add it in the editor</span>
                ) : null}
                {line.discountCents > 0 ? (
                  <span className="ml-2 text-xs text-emerald-700 dark:text-emerald-400">−{money(line.discountCents)} discount</span>
                ) : null}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0 max-sm:text-left phone-label" data-label="Qty">{line.quantity}</td>
              <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0 max-sm:text-left phone-label" data-label="Unit">{money(line.unitPriceCents)}</td>
              <td className="py-2 text-right tabular-nums max-sm:py-0 phone-label" data-label="Line">{money(line.totalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="text-zinc-700 dark:text-zinc-300">
          <TotalRow label="Subtotal" value={money(cost.subtotalCents)} />
          {cost.discountCents > 0 ? <TotalRow label="Discounts" value={`−${money(cost.discountCents)}`} /> : null}
          {cost.shippingCents > 0 ? <TotalRow label="Shipping" value={money(cost.shippingCents)} /> : null}
          {cost.taxCents > 0 ? <TotalRow label="Tax" value={money(cost.taxCents)} /> : null}
          <tr className="text-base font-semibold text-zinc-900 max-sm:flex max-sm:justify-between dark:text-zinc-100">
            <th scope="row" colSpan={4} className="pt-2 pr-3 text-right">Total</th>
            <td className="pt-2 text-right tabular-nums" data-testid="build-total">{total.atLeast ? `at least ${total.amount}` : total.amount}</td>
          </tr>
          {total.atLeast ? (
            <tr>
              <td colSpan={5} className="pt-1 text-right text-xs text-amber-900 dark:text-amber-200" data-testid="unpriced-note">
                {unpricedLabel(total.unpricedParts)}: the total counts only priced parts
              </td>
            </tr>
          ) : null}
        </tfoot>
      </table>
    </div>
  );
}


function TotalRow({ label, value }: { label: string; value: string }) {
  return (
    <tr className="max-sm:flex max-sm:justify-between">
      <th scope="row" colSpan={4} className="pt-2 pr-3 text-right font-normal">{label}</th>
      <td className="pt-2 text-right tabular-nums">{value}</td>
    </tr>
  );
}
