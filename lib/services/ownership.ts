import type { StoredBenchmarkRun } from "../benchmark/stored-run";
import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { listBenchmarkRuns } from "../db/benchmark-runs";
import { ownershipSetupFor } from "../ownership/setup-for-build";
import type { OwnershipSetup } from "../ownership/setup";
import { analyzeStoredBuild } from "./build-analysis";

/** The build-or-rent panel's data: the build's totals and GPUs, and its latest benchmark run. */
export async function ownershipSetup(db: Db, build: StoredBuild): Promise<OwnershipSetup> {
  return ownershipSetupFromRuns(build, await listBenchmarkRuns(db, build.id));
}

/** The same from runs already read (newest first), so a page that shows runs reads them once. */
export function ownershipSetupFromRuns(build: StoredBuild, runs: readonly StoredBenchmarkRun[]): OwnershipSetup {
  const { resolved, analysis } = analyzeStoredBuild(build);
  return ownershipSetupFor(resolved, analysis, runs[0] ?? null);
}
