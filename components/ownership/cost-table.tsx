import type { CostSeries } from "@/lib/ownership";
import { tableRows } from "@/lib/ownership";
import { formatMoneyWhole } from "@/lib/pricing/format-money-short";

/** The chart's numbers as a table, folded away: the accessible and copyable form of the chart. */
export function CostTable({ series, currency }: { series: CostSeries; currency: string }) {
  const money = (cents: number) => formatMoneyWhole(cents, currency);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline dark:text-brand-500">Show the chart as a table</summary>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-left" data-testid="cost-table">
          <caption className="sr-only">Cumulative cost by month</caption>
          <thead className="text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Month</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Own</th>
              <th scope="col" className="py-1 text-right font-medium">Rent</th>
            </tr>
          </thead>
          <tbody>
            {tableRows(series).map((row) => (
              <tr key={`${row.month}-${row.afterSale}`} className="border-t border-zinc-100 dark:border-zinc-900">
                <th scope="row" className="py-1 pr-3 font-normal tabular-nums">{row.month}{row.afterSale ? ", after the resale" : ""}</th>
                <td className="py-1 pr-3 text-right tabular-nums">{money(row.ownCents)}</td>
                <td className="py-1 text-right tabular-nums">{money(row.cloudCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
