import type { PriceHistory } from "@/lib/prices/history";
import { formatObservedDay } from "@/lib/prices/observed-at";
import { PRICE_SOURCE_LABELS, type PriceObservation } from "@/lib/prices/types";
import { formatMoney } from "@/lib/pricing/format-money";
import { PriceHistoryChart } from "./price-history-chart";

/** The part page's prices: a chart per retailer and every observation with its source. */
export function PriceHistorySection({ observations, history }: { observations: PriceObservation[]; history: PriceHistory | null }) {
  return (
    <section aria-labelledby="prices-h" className="space-y-3" data-testid="price-history">
      <h2 id="prices-h" className="text-lg font-semibold">Prices</h2>
      {observations.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No price observed yet. Enter what you paid when you add it to a build, or load a retailer&apos;s price list with <code>npm run prices:import</code>.
        </p>
      ) : null}
      {history && history.series.some((s) => s.points.length > 0) && observations.length > 1 ? <PriceHistoryChart history={history} /> : null}
      {history && history.otherCurrencyCount > 0 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{history.otherCurrencyCount} price{history.otherCurrencyCount === 1 ? "" : "s"} in other currencies are listed below but not drawn: nothing is converted without a rate.</p>
      ) : null}
      {observations.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm" data-testid="price-table">
            <caption className="sr-only">Every price observed for this part, newest first</caption>
            <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Date</th>
                <th scope="col" className="py-2 pr-3 font-medium">Retailer</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Price</th>
                <th scope="col" className="py-2 font-medium">Kind</th>
              </tr>
            </thead>
            <tbody>
              {observations.map((o) => (
                <tr key={`${o.retailer}-${o.observedAt}`} className="border-b border-zinc-100 dark:border-zinc-900">
                  <td className="py-2 pr-3 tabular-nums">{formatObservedDay(o.observedAt)}</td>
                  <td className="py-2 pr-3">{o.url ? <a className="underline hover:no-underline" href={o.url} rel="noopener noreferrer nofollow">{o.retailer}</a> : o.retailer}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(o.priceCents, o.currency)}</td>
                  <td className="py-2 text-zinc-600 dark:text-zinc-400">{PRICE_SOURCE_LABELS[o.source]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
