import type { BenchmarkRunView } from "../benchmark/run-view";
import type { StoredBenchmarkRun } from "../benchmark/stored-run";
import { resolveStoredBuild } from "../builds/resolve";
import type { StoredBuild } from "../builds/stored";
import { builtinModel } from "../catalog/builtin-models";
import { hardwareFromBuild } from "../workloads/hardware";
import { LLM_BENCH_MODEL, llmBenchComparison } from "../workloads/llm-bench";

/** Adds the llama-bench comparison (measured against this build's estimate) to a run's view. */
export function withLlmBench(view: BenchmarkRunView, run: StoredBenchmarkRun, build: StoredBuild): BenchmarkRunView {
  const llm = llmBenchComparison(run.result.measurements, hardwareFromBuild(resolveStoredBuild(build)), builtinModel(LLM_BENCH_MODEL.modelId));
  return llm ? { ...view, llm } : view;
}
