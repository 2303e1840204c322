import type { ResolvedBuild } from "../builds/types";
import { resolveStoredBuild } from "../builds/resolve";
import type { Db } from "../db/client";
import {
  planProvisioning,
  provisionOptionsSchema,
  renderProvisionScript,
  scriptFileName,
  type ProvisionOptions,
  type ProvisionPlan,
} from "../provisioning";
import { loadBuildOr404 } from "./builds";

/** What the share page renders before the user touches any option. */
export function defaultProvisionPlan(resolved: ResolvedBuild): ProvisionPlan {
  return planProvisioning(resolved, provisionOptionsSchema.parse({}));
}

export async function provisionPlanFor(db: Db, id: string, options: ProvisionOptions): Promise<ProvisionPlan> {
  const build = await loadBuildOr404(db, id);
  return planProvisioning(resolveStoredBuild(build), options);
}

export interface ProvisionScript {
  fileName: string;
  script: string;
}

/** `origin` is the site's origin ("https://host"); the script header links back to the share page. */
export async function provisionScriptFor(
  db: Db,
  id: string,
  options: ProvisionOptions,
  meta: { origin: string; generatedAt: Date },
): Promise<ProvisionScript> {
  const build = await loadBuildOr404(db, id);
  const resolved = resolveStoredBuild(build);
  const plan = planProvisioning(resolved, options);
  const buildUrl = `${meta.origin}/b/${encodeURIComponent(build.id)}`;
  return {
    fileName: scriptFileName(build.name),
    script: renderProvisionScript(resolved, plan, { generatedAt: meta.generatedAt, buildUrl }),
  };
}
