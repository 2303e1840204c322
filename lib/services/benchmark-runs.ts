import { parseBenchmarkResult, type ParseErrorCode } from "../benchmark";
import { runView, type BenchmarkRunView } from "../benchmark/run-view";
import { MAX_RUNS_PER_BUILD } from "../benchmark/stored-run";
import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { countBenchmarkRuns, createBenchmarkRun, deleteBenchmarkRun, listBenchmarkRuns } from "../db/benchmark-runs";
import { AppError, conflict, notFound } from "../errors";
import { checklistForBuild } from "./benchmark-checklist";
import { withLlmBench } from "./llm-bench-view";
import { authorizeOwner, loadBuildOr404 } from "./builds";

// Unreadable text is a plain bad request; a readable document that is not a usable result is 422.
const ERROR_CODES: Record<ParseErrorCode, AppError["code"]> = {
  too_large: "too_large",
  not_json: "invalid",
  wrong_schema: "unprocessable",
  unsupported_version: "unprocessable",
  absurd_value: "unprocessable",
  invalid_shape: "unprocessable",
};

/** Every run of a build, newest first, judged against the build as it is now. */
export async function runsForBuild(db: Db, build: StoredBuild): Promise<BenchmarkRunView[]> {
  const { checklist } = checklistForBuild(build);
  return (await listBenchmarkRuns(db, build.id)).map((run) => withLlmBench(runView(run, checklist), run, build));
}

export async function listRunsFor(db: Db, id: string): Promise<BenchmarkRunView[]> {
  return runsForBuild(db, await loadBuildOr404(db, id));
}

/**
 * Owner-only upload. The body is read only after the token checks out, so a stranger cannot
 * make the server buffer a megabyte; nothing is stored unless the whole document validates.
 */
export async function uploadRun(db: Db, id: string, token: string | null, readBody: () => Promise<string>): Promise<BenchmarkRunView> {
  await authorizeOwner(db, id, token);
  const parsed = parseBenchmarkResult(await readBody());
  if (!parsed.ok) {
    const { code, message, issues } = parsed.error;
    throw new AppError(ERROR_CODES[code], message, { code, ...(issues && { issues: issues.slice(0, 20) }) });
  }
  const build = await loadBuildOr404(db, id);
  if ((await countBenchmarkRuns(db, id)) >= MAX_RUNS_PER_BUILD) {
    throw conflict(`This build already has ${MAX_RUNS_PER_BUILD} benchmark runs; delete old ones first.`);
  }
  const run = await createBenchmarkRun(db, { buildId: id, buildVersion: build.version, result: parsed.result });
  return withLlmBench(runView(run, checklistForBuild(build).checklist), run, build);
}

export async function deleteRunWithToken(db: Db, id: string, token: string | null, runId: string): Promise<void> {
  await authorizeOwner(db, id, token);
  if (!(await deleteBenchmarkRun(db, id, runId))) throw notFound("Benchmark run");
}
