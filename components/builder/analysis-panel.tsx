import { FindingsList } from "@/components/builds/findings-list";
import { PowerSummary } from "@/components/builds/power-summary";
import { StatusBadge } from "@/components/builds/status-badge";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import { formatMoney } from "@/lib/pricing/format-money";

export function AnalysisPanel({ analysis, error, pending }: { analysis: BuildAnalysis | null; error: string | null; pending: boolean }) {
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
            <div><dt className="text-zinc-600 dark:text-zinc-400">Total</dt><dd className="text-xl font-semibold tabular-nums" data-testid="live-total">{formatMoney(analysis.cost.totalCents, analysis.cost.currency)}</dd></div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">Discounts</dt><dd className="text-xl font-semibold tabular-nums">{formatMoney(analysis.cost.discountCents, analysis.cost.currency)}</dd></div>
          </dl>
          {analysis.cost.unknownPriceCount > 0 ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{analysis.cost.unknownPriceCount} item(s) without a price are not in the total.</p> : null}
          <PowerSummary power={analysis.power} />
          <FindingsList findings={analysis.findings} />
        </>
      ) : null}
    </section>
  );
}
