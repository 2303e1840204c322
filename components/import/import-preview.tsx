import type { ImportView } from "@/lib/services/import-view";
import { ImportItems } from "./import-items";
import { ImportTotals } from "./import-totals";

/** The preview block: a one-line summary, the lines, both totals and every warning. */
export function ImportPreview({ view }: { view: ImportView }) {
  const matched = view.items.filter((i) => i.match).length;
  return (
    <div className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="import-preview">
      <h2 className="text-lg font-semibold">Preview</h2>
      <p className="text-sm" data-testid="import-summary">
        {view.items.length} {view.items.length === 1 ? "line" : "lines"}: {matched} matched to the catalog, {view.items.length - matched} kept as custom parts. Currency {view.currency}.
      </p>
      <ImportItems view={view} />
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
