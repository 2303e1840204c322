import type { Checklist } from "../benchmark";
import { benchmarkFileNames } from "../benchmark/file-names";
import type { BenchmarkRunView } from "../benchmark/run-view";
import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { checklistForBuild } from "./benchmark-checklist";
import { runsForBuild } from "./benchmark-runs";

export interface VerifyPanelData {
  buildId: string;
  buildVersion: number;
  checklist: Checklist;
  runs: BenchmarkRunView[];
  downloads: { checklist: { url: string; fileName: string }; script: { url: string; fileName: string } };
}

/** Everything the share page's "Verify this machine" panel renders on the server. */
export async function verifyPanelData(db: Db, build: StoredBuild): Promise<VerifyPanelData> {
  const names = benchmarkFileNames(build.name);
  const base = `/api/builds/${encodeURIComponent(build.id)}`;
  return {
    buildId: build.id,
    buildVersion: build.version,
    checklist: checklistForBuild(build).checklist,
    runs: await runsForBuild(db, build),
    downloads: {
      checklist: { url: `${base}/checklist.md`, fileName: names.checklist },
      script: { url: `${base}/benchmark.sh`, fileName: names.script },
    },
  };
}
