import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { listBenchmarkRuns } from "../db/benchmark-runs";
import { ownershipSetupFor } from "../ownership/setup-for-build";
import type { OwnershipSetup } from "../ownership/setup";
import { analyzeStoredBuild } from "./build-analysis";

/** The build-or-rent panel's data: the build's totals and GPUs, and its latest benchmark run. */
export async function ownershipSetup(db: Db, build: StoredBuild): Promise<OwnershipSetup> {
  const { resolved, analysis } = analyzeStoredBuild(build);
  const [latest] = await listBenchmarkRuns(db, build.id);
  return ownershipSetupFor(resolved, analysis, latest ?? null);
}
