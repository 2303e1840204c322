import type { ReactNode } from "react";
import { FindingsList } from "@/components/builds/findings-list";
import { PowerSummary } from "@/components/builds/power-summary";
import { StatusBadge } from "@/components/builds/status-badge";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import type { Finding } from "@/lib/compat/types";
import { formatMoney } from "@/lib/pricing/format-money";
import { honestTotal, unpricedLabel } from "@/lib/pricing/honest-total";
import type { FieldError } from "./use-field-errors";

/** The live check: while a field cannot be used, its name and reason instead of a stale total. */
export function AnalysisPanel({ analysis, error, pending, fieldErrors, findingAction }: {
  analysis: BuildAnalysis | null;
  error: string | null;
  pending: boolean;
  fieldErrors: FieldError[];
  findingAction?: (finding: Finding) => ReactNode;
}) {
  const stale = fieldErrors.length > 0;
  const total = analysis ? honestTotal(analysis.cost) : null;
  return (
    <section id="check" aria-labelledby="live-h" className="scroll-mt-20 space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" aria-busy={pending}>
      <div className="flex items-center justify-between gap-2">
        <h2 id="live-h" className="text-lg font-semibold">Check</h2>
        {analysis && !stale ? <StatusBadge status={analysis.status} /> : null}
      </div>
      {stale ? (
        <div id="field-errors" tabIndex={-1} role="alert" className="scroll-mt-20 space-y-1 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950" data-testid="field-errors">
          <p className="font-medium">Not computed: fix {fieldErrors.length === 1 ? "this field" : `these ${fieldErrors.length} fields`} first.</p>
          <ul className="list-disc space-y-1 pl-5">
            {fieldErrors.map((f) => <li key={f.inputId}><a href={`#${f.inputId}`} className="underline">{f.label}</a>: {f.message}</li>)}
          </ul>
        </div>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not check the build: {error}</p> : null}
      {!analysis && !error ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Checking…</p> : null}
      {analysis ? (
        <>
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <div>
              <dt className="text-zinc-600 dark:text-zinc-400">Total</dt>
              <dd className="text-xl font-semibold tabular-nums" data-testid="live-total" aria-label={stale ? "Total not computed" : `Total ${total!.text}`}>
                {!stale && total!.atLeast ? <span className="block text-xs font-medium text-amber-800 dark:text-amber-300">at least</span> : null}
                {stale ? "not computed" : total!.amount}
              </dd>
            </div>
            <div><dt className="text-zinc-600 dark:text-zinc-400">Discounts</dt><dd className="text-xl font-semibold tabular-nums">{stale ? "—" : formatMoney(analysis.cost.discountCents, analysis.cost.currency)}</dd></div>
          </dl>
          {total!.atLeast ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" data-testid="unpriced-note">
              {unpricedLabel(total!.unpricedParts)}: the total counts only priced parts. Enter what you paid on the marked rows.
            </p>
          ) : null}
          <PowerSummary power={analysis.power} />
          <FindingsList findings={analysis.findings} anchorPrefix="finding-" action={findingAction} />
        </>
      ) : null}
    </section>
  );
}
