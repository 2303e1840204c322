import { FindingsList } from "@/components/builds/findings-list";
import { PowerSummary } from "@/components/builds/power-summary";
import { StatusBadge } from "@/components/builds/status-badge";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import { formatMoney } from "@/lib/pricing/format-money";
import { honestTotal, unpricedLabel } from "@/lib/pricing/honest-total";

export function AnalysisPanel({ analysis, error, pending }: { analysis: BuildAnalysis | null; error: string | null; pending: boolean }) {
  const total = analysis ? honestTotal(analysis.cost) : null;
  return (
    <section aria-labelledby="live-h" className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" aria-busy={pending}>
      <div className="flex items-center justify-between gap-2">
        <h2 id="live-h" className="text-lg font-semibold">Check</h2>
        {analysis ? <StatusBadge status={analysis.status} /> : null}
      </div>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not check the build: {error}</p> : null}
      {!analysis && !error ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Checking…</p> : null}
      {analysis ? (
        <>
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <div>
              <dt className="text-zinc-600 dark:text-zinc-400">Total</dt>
              <dd className="text-xl font-semibold tabular-nums" data-testid="live-total" aria-label={`Total ${total!.text}`}>
                {total!.atLeast ? <span className="block text-xs font-medium text-amber-800 dark:text-amber-300">at least</span> : null}
                {total!.amount}
              </dd>
            </div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">Discounts</dt><dd className="text-xl font-semibold tabular-nums">{formatMoney(analysis.cost.discountCents, analysis.cost.currency)}</dd></div>
          </dl>
          {total!.atLeast ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" data-testid="unpriced-note">
              {unpricedLabel(total!.unpricedParts)}: the total counts only priced parts. Enter what you paid on the marked rows.
            </p>
          ) : null}
          <PowerSummary power={analysis.power} />
          <FindingsList findings={analysis.findings} />
        </>
      ) : null}
    </section>
  );
}
