import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { listBenchmarkRuns } from "../db/benchmark-runs";
import { ownershipSetupFromRuns } from "./ownership";
import { verifyPanelDataFromRuns } from "./verify-panel";

/** The share page's data-backed panels; both need the build's benchmark runs, read once here. */
export async function sharePanels(db: Db, build: StoredBuild) {
  const runs = await listBenchmarkRuns(db, build.id);
  return { ownership: ownershipSetupFromRuns(build, runs), verify: verifyPanelDataFromRuns(build, runs) };
}
