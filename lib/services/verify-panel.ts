import type { Checklist } from "../benchmark";
import { benchmarkFileNames } from "../benchmark/file-names";
import { runView, type BenchmarkRunView } from "../benchmark/run-view";
import type { StoredBenchmarkRun } from "../benchmark/stored-run";
import type { StoredBuild } from "../builds/stored";
import { checklistForBuild } from "./benchmark-checklist";
import { withLlmBench } from "./llm-bench-view";

export interface VerifyPanelData {
  buildId: string;
  buildVersion: number;
  checklist: Checklist;
  runs: BenchmarkRunView[];
  downloads: { checklist: { url: string; fileName: string }; script: { url: string; fileName: string } };
}

/** Everything the share page's "Verify this machine" panel renders on the server, from the build's runs (newest first). */
export function verifyPanelDataFromRuns(build: StoredBuild, runs: readonly StoredBenchmarkRun[]): VerifyPanelData {
  const { checklist } = checklistForBuild(build);
  const names = benchmarkFileNames(build.name);
  const base = `/api/builds/${encodeURIComponent(build.id)}`;
  return {
    buildId: build.id,
    buildVersion: build.version,
    checklist,
    runs: runs.map((run) => withLlmBench(runView(run, checklist), run, build)),
    downloads: {
      checklist: { url: `${base}/checklist.md`, fileName: names.checklist },
      script: { url: `${base}/benchmark.sh`, fileName: names.script },
    },
  };
}
