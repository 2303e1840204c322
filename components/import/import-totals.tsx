import { formatMoney } from "@/lib/pricing/format-money";
import { honestTotal } from "@/lib/pricing/honest-total";
import type { ImportView } from "@/lib/services/import-view";

/** Stated vs computed totals (a difference is shown, never corrected), and the total of the build to be saved. */
export function ImportTotals({ view }: { view: ImportView }) {
  const money = (cents: number) => formatMoney(cents, view.currency);
  const stated = view.statedTotalCents;
  const differs = stated !== null && stated !== view.computedTotalCents;
  const build = honestTotal(view.analysis.cost);
  return (
    <div className="space-y-2">
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Stated total (from the list)</dt>
        <dd className="text-right tabular-nums" data-testid="stated-total">{stated === null ? "none in the list" : money(stated)}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Computed from the lines</dt>
        <dd className="text-right tabular-nums" data-testid="computed-total">{money(view.computedTotalCents)}</dd>
        <dt className="font-medium">Build total</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="import-build-total">{build.text}</dd>
      </dl>
      {differs ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="total-mismatch">
          The totals differ by {money(Math.abs(stated - view.computedTotalCents))}. The build will use the line prices; check the list before saving.
        </p>
      ) : null}
    </div>
  );
}
