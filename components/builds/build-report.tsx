import type { BuildAnalysis } from "@/lib/compat/analyze";
import { BuildPartsTable } from "./build-parts-table";
import { FindingsList } from "./findings-list";
import { PowerSummary } from "./power-summary";
import { StatusBadge } from "./status-badge";

/** Parts, compatibility, power and totals of a build: the read-only heart of the share page. */
export function BuildReport({ analysis, links, name }: { analysis: BuildAnalysis; links: ReadonlyMap<string, string>; name: string }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="parts-h" className="min-w-0 space-y-3">
        <h2 id="parts-h" className="text-lg font-semibold">Parts</h2>
        <BuildPartsTable cost={analysis.cost} links={links} caption={`Parts of ${name}`} />
      </section>
      <div className="space-y-6">
        <section aria-labelledby="compat-h" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <div className="flex items-center justify-between gap-2">
            <h2 id="compat-h" className="text-lg font-semibold">Compatibility</h2>
            <StatusBadge status={analysis.status} />
          </div>
          <FindingsList findings={analysis.findings} />
        </section>
        <section aria-labelledby="power-h" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h2 id="power-h" className="text-lg font-semibold">Power</h2>
          <PowerSummary power={analysis.power} />
        </section>
      </div>
    </div>
  );
}
