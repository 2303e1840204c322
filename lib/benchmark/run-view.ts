import { compareResult, type ComparisonRow } from "./compare-result";
import type { StoredBenchmarkRun } from "./stored-run";
import type { Checklist } from "./types";
import type { LlmBenchRow } from "../workloads/llm-bench";

export interface VerdictCounts {
  pass: number;
  below: number;
  notMeasured: number;
}

/** What the API answers and the share page shows for one uploaded run (dates as ISO strings). */
export interface BenchmarkRunView {
  id: string;
  createdAt: string;
  buildVersion: number;
  mode: "quick" | "full";
  startedAt: string;
  finishedAt: string;
  machine: { cpu: string; gpus: string[]; os: string };
  missingTools: string[];
  counts: VerdictCounts;
  comparison: ComparisonRow[];
  /** llama-bench speeds against the build's estimate (lib/workloads); absent when the run has none. */
  llm?: LlmBenchRow[] | null;
}

export function countVerdicts(rows: readonly ComparisonRow[]): VerdictCounts {
  const counts: VerdictCounts = { pass: 0, below: 0, notMeasured: 0 };
  for (const row of rows) {
    if (row.verdict === "pass") counts.pass += 1;
    else if (row.verdict === "below") counts.below += 1;
    else counts.notMeasured += 1;
  }
  return counts;
}

/** Judges a stored run against the build's current checklist. */
export function runView(run: StoredBenchmarkRun, checklist: Checklist): BenchmarkRunView {
  const { result } = run;
  const comparison = compareResult(checklist, result);
  return {
    id: run.id,
    createdAt: run.createdAt.toISOString(),
    buildVersion: run.buildVersion,
    mode: result.mode,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    machine: { cpu: result.machine.cpu.model, gpus: result.machine.gpus.map((g) => g.name), os: result.machine.os },
    missingTools: result.missingTools,
    counts: countVerdicts(comparison),
    comparison,
  };
}
