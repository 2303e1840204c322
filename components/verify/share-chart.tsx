import type { ComparisonRow } from "@/lib/benchmark";
import { chartBars, EXPECTED_PCT } from "@/lib/benchmark/chart-bars";
import { formatShare, VERDICT_LABELS } from "@/lib/benchmark/format-row";
import { muted, VERDICT_BAR, VERDICT_TEXT } from "./styles";

/**
 * Measured as a share of expected, one CSS bar per item (no chart library). The bars are
 * decoration for sighted readers; the table under them carries the same numbers for everyone.
 */
export function ShareChart({ rows }: { rows: readonly ComparisonRow[] }) {
  const bars = chartBars(rows);
  if (bars.length === 0) return null;
  return (
    <figure aria-labelledby="verify-chart-title" data-testid="verify-chart" className="space-y-2">
      <figcaption className="space-y-1">
        <span id="verify-chart-title" className="block font-semibold">Measured vs expected</span>
        <span className={`block text-xs ${muted}`}>
          Each bar is the measurement as a share of this build&apos;s expected value (for times, expected ÷ measured, so longer is always better).
          The solid line marks 100%, the dashed line the pass mark; the axis ends at 150%.
        </span>
      </figcaption>
      <ul aria-hidden="true" className="space-y-2">
        {bars.map((bar) => (
          <li key={bar.itemId} className="space-y-0.5 text-xs">
            <div className="flex justify-between gap-2">
              <span className="min-w-0 truncate">{bar.title}</span>
              <span className={`shrink-0 tabular-nums ${VERDICT_TEXT[bar.verdict]}`}>{formatShare(bar.share)}{bar.clipped ? " →" : ""}</span>
            </div>
            <div className="relative h-3 rounded-sm bg-zinc-200 dark:bg-zinc-800">
              <div className={`absolute inset-y-0 left-0 rounded-sm ${VERDICT_BAR[bar.verdict]}`} style={{ width: `${bar.barPct}%` }} />
              <div className="absolute -inset-y-0.5 w-px border-l-2 border-dashed border-zinc-900 dark:border-zinc-100" style={{ left: `${bar.passPct}%` }} />
              <div className="absolute -inset-y-0.5 w-0.5 bg-zinc-900 dark:bg-zinc-100" style={{ left: `${EXPECTED_PCT}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <details>
        <summary className={`cursor-pointer text-sm ${muted}`}>The chart as a table</summary>
        <div className="relative overflow-x-auto">
          <table data-testid="verify-chart-table" className="mt-1 w-full text-left text-sm">
            <caption className="sr-only">Measured as a share of expected, per check</caption>
            <thead className={muted}>
              <tr><th scope="col" className="pr-3 font-medium">Check</th><th scope="col" className="pr-3 font-medium">Share of expected</th><th scope="col" className="pr-3 font-medium">Pass mark</th><th scope="col" className="font-medium">Result</th></tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.itemId}>
                  <th scope="row" className="pr-3 font-normal">{bar.title}</th>
                  <td className="pr-3 tabular-nums">{formatShare(bar.share)}</td>
                  <td className="pr-3 tabular-nums">{formatShare(bar.passShare)}</td>
                  <td>{VERDICT_LABELS[bar.verdict]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
