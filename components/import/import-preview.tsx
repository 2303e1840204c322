"use client";

import { FindingsList } from "@/components/builds/findings-list";
import { StatusBadge } from "@/components/builds/status-badge";
import type { ImportView } from "@/lib/services/import-view";
import { ImportItems } from "./import-items";
import { ImportTotals } from "./import-totals";

/** The preview block: a summary, the lines (each correctable), the build they make, both totals and every warning. */
export function ImportPreview({ view, onChoose, onReset, busy }: {
  view: ImportView; onChoose: (line: number, partId: string | null) => void; onReset: (line: number) => void; busy: boolean;
}) {
  const matched = view.items.filter((i) => i.match).length;
  return (
    <div className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="import-preview" aria-busy={busy}>
      <h2 className="text-lg font-semibold">Preview</h2>
      <p className="text-sm" data-testid="import-summary">
        {view.items.length} {view.items.length === 1 ? "line" : "lines"}: {matched} matched to the catalog, {view.items.length - matched} kept as custom parts. Currency {view.currency}.
        {" "}Change what any line becomes below; nothing is saved until you confirm.
      </p>
      <ImportItems view={view} onChoose={onChoose} onReset={onReset} busy={busy} />
      <section aria-labelledby="import-build-h" className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800" data-testid="import-build">
        <div className="flex items-center justify-between gap-2">
          <h3 id="import-build-h" className="text-sm font-semibold">The build these lines make</h3>
          <StatusBadge status={view.analysis.status} />
        </div>
        <FindingsList findings={view.analysis.findings} />
      </section>
      <ImportTotals view={view} />
      {view.warnings.length > 0 ? (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">Warnings ({view.warnings.length})</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300" data-testid="import-warnings">
            {view.warnings.map((warning, i) => <li key={i}>{warning}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
