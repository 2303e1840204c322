import { partLinks } from "../builds/part-links";
import type { Db } from "../db/client";
import { getExampleBuild } from "../db/builds";
import { countPartsByCategory } from "../db/parts";
import { analyzeStoredBuild } from "./build-analysis";

/** Everything the home page shows: the example build analysed, and catalog counts. */
export async function loadHome(db: Db) {
  const [example, counts] = await Promise.all([getExampleBuild(db), countPartsByCategory(db)]);
  if (!example) return { example: null, counts };
  const { resolved, analysis } = analyzeStoredBuild(example);
  return { example: { build: example, analysis, links: partLinks(resolved) }, counts };
}
