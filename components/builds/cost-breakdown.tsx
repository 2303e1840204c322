import { formatMoney } from "@/lib/pricing";
import { costShares } from "@/lib/pricing/cost-shares";
import { honestTotal, unpricedLabel } from "@/lib/pricing/honest-total";
import type { CostSummary } from "@/lib/pricing/types";

/**
 * Where the money went, as a table whose last column draws each share as a bar: the bars are the
 * chart and the cells are its data, so screen readers and sighted readers get the same numbers.
 */
export function CostBreakdown({ cost }: { cost: CostSummary }) {
  const shares = costShares(cost);
  const largest = shares[0]?.cents ?? 1;
  return (
    <section aria-labelledby="cost-breakdown-h" data-testid="cost-breakdown" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="cost-breakdown-h" className="text-lg font-semibold">Where the money goes</h2>
      {shares.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No prices yet: add them to see the breakdown.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Cost by category, largest first, of {formatMoney(cost.totalCents, cost.currency)} in total</caption>
          <thead className="text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Category</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Amount</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Share</th>
              <th scope="col" className="w-2/5 py-1 font-medium"><span className="sr-only">Bar</span></th>
            </tr>
          </thead>
          <tbody>
            {shares.map((share) => (
              <tr key={share.key} data-testid={`cost-share-${share.key}`}>
                <th scope="row" className="py-1 pr-3 font-normal">{share.label}</th>
                <td className="py-1 pr-3 text-right tabular-nums">{formatMoney(share.cents, cost.currency)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{share.pct.toFixed(1)}%</td>
                <td className="py-1" aria-hidden="true">
                  <div className="h-3 rounded-sm bg-brand-600 dark:bg-brand-500" style={{ width: `${Math.max(1, (share.cents / largest) * 100).toFixed(1)}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cost.unknownPriceCount > 0 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{unpricedLabel(honestTotal(cost).unpricedParts)}, left out of these shares.</p>
      ) : null}
    </section>
  );
}
