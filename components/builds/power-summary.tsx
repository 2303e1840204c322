import { powerBudget } from "@/lib/power/power-budget";
import type { PowerEstimate } from "@/lib/power/types";

/** The chosen PSU against the estimated load, in words: the sentence under the bar. */
function budgetNote(power: PowerEstimate): string | null {
  const budget = powerBudget(power);
  if (budget === null) return null;
  if (budget.kind === "short") return `The chosen PSU is ${budget.shortW} W short of the estimated load.`;
  const headroom = `${budget.headroomPct}% headroom over the estimated load`;
  return budget.kind === "ok" ? `${headroom}.` : `${headroom}: less than the recommended size allows for spikes.`;
}

/** Estimated load and recommended size against the chosen PSU, as numbers and a budget bar. */
export function PowerSummary({ power }: { power: PowerEstimate }) {
  const scale = Math.max(power.recommendedPsuW, power.psuW ?? 0, power.estimatedW, 1);
  const pct = (w: number) => `${Math.min(100, (w / scale) * 100).toFixed(1)}%`;
  const note = budgetNote(power);
  return (
    <div className="space-y-2 text-sm" data-testid="power-summary">
      <dl className="grid grid-cols-3 gap-2">
        <div><dt className="text-zinc-600 dark:text-zinc-400">Estimated load</dt><dd className="text-lg font-semibold tabular-nums" data-testid="estimated-watts">{power.estimatedW} W</dd></div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">Recommended PSU</dt>
          <dd className="text-lg font-semibold tabular-nums">{power.recommendedPsuW} W</dd>
          {/* ATX 3.x units are specified for spikes, so they need no extra headroom (docs/compatibility.md). */}
          {power.recommendedAtx3PsuW !== power.recommendedPsuW ? (
            <dd className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="recommended-atx3">{power.recommendedAtx3PsuW} W if ATX 3.x</dd>
          ) : null}
        </div>
        <div><dt className="text-zinc-600 dark:text-zinc-400">Chosen PSU</dt><dd className="text-lg font-semibold tabular-nums">{power.psuW === null ? "—" : `${power.psuW} W`}</dd></div>
      </dl>
      {/* The numbers above are the accessible form; the bar repeats them for the eye. */}
      <div className="relative h-3 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" aria-hidden="true" data-testid="power-bar">
        <div className="absolute inset-y-0 left-0 bg-brand-500" style={{ width: pct(power.estimatedW) }} />
        <div className="absolute inset-y-0 w-0.5 bg-amber-500" style={{ left: pct(power.recommendedPsuW) }} />
        {power.psuW !== null ? <div className="absolute inset-y-0 w-0.5 bg-zinc-900 dark:bg-zinc-100" style={{ left: `calc(${pct(power.psuW)} - 2px)` }} /> : null}
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-hidden="true">
        <li className="flex items-center gap-1"><span className="inline-block h-2 w-3 rounded-sm bg-brand-500" />Load</li>
        <li className="flex items-center gap-1"><span className="inline-block h-3 w-0.5 bg-amber-500" />Recommended</li>
        {power.psuW !== null ? <li className="flex items-center gap-1"><span className="inline-block h-3 w-0.5 bg-zinc-900 dark:bg-zinc-100" />Chosen PSU</li> : null}
      </ul>
      {note ? <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="power-headroom">{note}</p> : null}
      {power.unknown.length > 0 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Not included (power unknown): {power.unknown.join(", ")}</p>
      ) : null}
    </div>
  );
}
