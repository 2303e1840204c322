import type { BenchmarkRunView } from "@/lib/benchmark/run-view";
import { formatUtc } from "@/lib/benchmark/format-row";
import { ComparisonTable } from "./comparison-table";
import { LlmBenchTable } from "./llm-bench-table";
import { ShareChart } from "./share-chart";
import { muted } from "./styles";

/** The most recently uploaded run: where it ran, how it did overall, then item by item and as a chart. */
export function LatestRun({ run, buildVersion }: { run: BenchmarkRunView; buildVersion: number }) {
  const { counts } = run;
  return (
    <div className="space-y-4" data-testid="latest-run">
      <div className="space-y-1 text-sm">
        <p>
          Latest upload: <span className="font-medium">{run.mode}</span> mode, ran <time dateTime={run.startedAt}>{formatUtc(run.startedAt)}</time>
          {" "}on {[run.machine.cpu, ...run.machine.gpus].join(", ")}.
        </p>
        <p data-testid="latest-counts" className="font-medium">
          <span className="text-emerald-800 dark:text-emerald-300">{counts.pass} pass</span>
          {" · "}<span className="text-red-700 dark:text-red-400">{counts.below} below expectation</span>
          {" · "}<span className={muted}>{counts.notMeasured} not measured</span>
        </p>
        {run.buildVersion !== buildVersion ? (
          <p className={muted}>Uploaded for version {run.buildVersion} of this build; the expectations shown are from the current version {buildVersion}.</p>
        ) : null}
        {run.missingTools.length > 0 ? <p className={muted}>Tools missing on that machine: {run.missingTools.join(", ")}.</p> : null}
      </div>
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <div className="min-w-0"><ComparisonTable rows={run.comparison} caption="Latest run compared with this build's expectations" /></div>
        <div className="min-w-0"><ShareChart rows={run.comparison} /></div>
      </div>
      {run.llm ? <LlmBenchTable rows={run.llm} /> : null}
    </div>
  );
}
