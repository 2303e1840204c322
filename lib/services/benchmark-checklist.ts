import { buildChecklist, renderBenchmarkScript, renderChecklistMarkdown, type Checklist } from "../benchmark";
import { benchmarkFileNames } from "../benchmark/file-names";
import { resolveStoredBuild } from "../builds/resolve";
import type { StoredBuild } from "../builds/stored";
import type { ResolvedBuild } from "../builds/types";
import type { Db } from "../db/client";
import { loadBuildOr404 } from "./builds";
import { defaultProvisionPlan } from "./provisioning";

/**
 * The checklist for a stored build, expecting the driver branch the share page's default setup
 * plan installs, so the "Set up" and "Verify" panels agree.
 */
export function checklistForBuild(build: StoredBuild): { resolved: ResolvedBuild; checklist: Checklist } {
  const resolved = resolveStoredBuild(build);
  const branch = defaultProvisionPlan(resolved).driver?.branch;
  const checklist = buildChecklist(resolved, branch === undefined ? {} : { driverBranch: String(branch) });
  return { resolved, checklist };
}

export interface DownloadFile {
  fileName: string;
  body: string;
}

export async function checklistMarkdownFor(db: Db, id: string, generatedAt = new Date()): Promise<DownloadFile> {
  const build = await loadBuildOr404(db, id);
  const { resolved, checklist } = checklistForBuild(build);
  return { fileName: benchmarkFileNames(build.name).checklist, body: renderChecklistMarkdown(resolved, checklist, { generatedAt }) };
}

export async function benchmarkScriptFor(db: Db, id: string, generatedAt = new Date()): Promise<DownloadFile> {
  const build = await loadBuildOr404(db, id);
  const { resolved, checklist } = checklistForBuild(build);
  return { fileName: benchmarkFileNames(build.name).script, body: renderBenchmarkScript(resolved, checklist, { generatedAt }) };
}
