"use client";

import { StatusBadge } from "@/components/builds/status-badge";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import { plural } from "@/lib/compat/finding";
import { honestTotal } from "@/lib/pricing/honest-total";

export interface SaveControl {
  label: string;
  busy: boolean;
  onSave: () => void;
}

/**
 * Status, total and load against the PSU in one compact bar that stays at the top while the page
 * scrolls, on a desktop and on a phone (where the check panel sits below every slot), so each
 * change shows its effect; it holds the Save button too (Ctrl+S or ⌘S does the same).
 */
export function StatusBar({ analysis, notComputed, announcement, save }: {
  analysis: BuildAnalysis | null;
  /** Fields that must be fixed first: the total and check are then not shown as current. */
  notComputed: number;
  announcement: string;
  save: SaveControl | null;
}) {
  const problems = analysis ? analysis.findings.filter((f) => f.severity !== "note").length : 0;
  const power = analysis?.power;
  // Honest: while a part has no price the total is a floor.
  const total = analysis ? honestTotal(analysis.cost) : null;
  return (
    <div data-testid="status-bar"
      className="sticky top-0 z-30 col-span-full -mx-4 flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white/95 px-4 py-2 text-sm backdrop-blur sm:-mx-6 sm:gap-x-4 sm:px-6 dark:border-zinc-800 dark:bg-zinc-950/95">
      {analysis && notComputed === 0 ? <StatusBadge status={analysis.status} testId="bar-status" /> : <span className="text-zinc-600 dark:text-zinc-400">{notComputed > 0 ? "Not checked" : "Checking…"}</span>}
      <span className="tabular-nums">
        <span className="text-zinc-600 dark:text-zinc-400">Total </span>
        <span className="font-semibold" data-testid="bar-total">
          {notComputed > 0 ? "not computed" : total ? `${total.atLeast ? "at least " : ""}${total.amount}` : "…"}
        </span>
      </span>
      {notComputed > 0 ? (
        <a href="#field-errors" className="font-medium text-red-700 underline dark:text-red-400">{plural(notComputed, "field")} to fix</a>
      ) : problems > 0 ? (
        <a href="#check" className="font-medium underline">{plural(problems, "problem")}<span className="sr-only">: see the check</span></a>
      ) : null}
      {power ? (
        <span className="tabular-nums" data-testid="bar-power">
          <span className="text-zinc-600 dark:text-zinc-400">Load </span>{power.estimatedW} W
          <span className="text-zinc-600 dark:text-zinc-400"> · PSU </span>{power.psuW === null ? "none" : `${power.psuW} W`}
        </span>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">{announcement}</p>
      {save ? (
        <button type="button" onClick={save.onSave} disabled={save.busy} aria-keyshortcuts="Control+S Meta+S"
          className="ml-auto rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {save.busy ? "Saving…" : <>Save<span className="max-sm:sr-only">{save.label.replace(/^Save/, "")}</span></>}
        </button>
      ) : null}
    </div>
  );
}
