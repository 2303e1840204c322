import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { listBenchmarkRuns } from "../db/benchmark-runs";
import type { OwnershipSetup } from "../ownership/setup";
import type { ProvisionPlan } from "../provisioning";
import { analyzeStoredBuild } from "./build-analysis";
import { loadBuildOr404 } from "./builds";
import { ownershipSetupFromRuns } from "./ownership";
import { defaultProvisionPlan } from "./provisioning";
import { verifyPanelDataFromRuns, type VerifyPanelData } from "./verify-panel";
import { shareWorkloads } from "./workloads";

/** The share page's data-backed panels; both need the build's benchmark runs, read once here. */
export async function sharePanels(db: Db, build: StoredBuild) {
  const runs = await listBenchmarkRuns(db, build.id);
  return { ownership: ownershipSetupFromRuns(build, runs), verify: verifyPanelDataFromRuns(build, runs) };
}

/**
 * The share page's panels below the fold (build or rent, set up, verify), which the page loads
 * after its first paint from GET /api/builds/<id>/share-panels: two thirds of the page's weight.
 * Plain JSON (dates as ISO strings), as the panels take it.
 */
export interface SharePanelsData {
  version: number;
  ownership: OwnershipSetup;
  plan: ProvisionPlan;
  verify: VerifyPanelData;
  /** "What runs on this box": the model table and the model list (the model catalog is in the cache key). */
  workloads: Awaited<ReturnType<typeof shareWorkloads>>;
}

export async function sharePanelsData(db: Db, id: string): Promise<SharePanelsData> {
  const build = await loadBuildOr404(db, id);
  const { ownership, verify } = await sharePanels(db, build);
  const workloads = await shareWorkloads(db, build);
  return { version: build.version, ownership, plan: defaultProvisionPlan(analyzeStoredBuild(build).resolved), verify, workloads };
}
