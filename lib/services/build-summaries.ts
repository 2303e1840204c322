import { z } from "zod";
import { BUILD_ID_PATTERN } from "../builds/tokens";
import type { Db } from "../db/client";
import { getBuildsByIds } from "../db/builds";
import { analyzeStoredBuild } from "./build-analysis";

/** Ids one request may ask for; the "My builds" page asks in pages of this size. */
export const MAX_SUMMARY_IDS = 50;

/** `?ids=a,b,c`: distinct build ids, each well formed, at most MAX_SUMMARY_IDS. */
export const summaryIdsSchema = z
  .string()
  .max(MAX_SUMMARY_IDS * 65)
  .transform((raw) => [...new Set(raw.split(",").filter((id) => id !== ""))])
  .pipe(z.array(z.string().regex(BUILD_ID_PATTERN, "Not a build id")).min(1, "Give at least one build id").max(MAX_SUMMARY_IDS));

export interface BuildSummary {
  id: string;
  name: string;
  version: number;
  updatedAt: string;
  status: string;
  totalCents: number;
  currency: string;
  /** Lines without a price: the total then counts only the priced ones. */
  unpricedCount: number;
  itemCount: number;
}

/** Name, status, total and last update of each build that still exists; `missing` lists the rest. */
export async function buildSummaries(db: Db, ids: readonly string[]): Promise<{ builds: BuildSummary[]; missing: string[] }> {
  const found = await getBuildsByIds(db, ids);
  const builds: BuildSummary[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const build = found.get(id);
    if (!build) {
      missing.push(id);
      continue;
    }
    const { analysis } = analyzeStoredBuild(build);
    builds.push({
      id,
      name: build.name,
      version: build.version,
      updatedAt: build.updatedAt.toISOString(),
      status: analysis.status,
      totalCents: analysis.cost.totalCents,
      currency: analysis.cost.currency,
      unpricedCount: analysis.cost.unknownPriceCount,
      itemCount: build.items.length,
    });
  }
  return { builds, missing };
}
