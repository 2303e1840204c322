import type { BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import { resolveStoredBuild } from "../builds/resolve";
import type { StoredBuild } from "../builds/stored";
import type { ResolvedBuild } from "../builds/types";
import { analyzeBuild, type BuildAnalysis } from "../compat/analyze";
import type { Db } from "../db/client";
import { getPartsByIds } from "../db/parts";
import { ValidationError } from "../errors";

function partIdsOf(draft: BuildDraft): string[] {
  return draft.items.flatMap((item) => ("partId" in item ? [item.partId] : []));
}

/** Resolves a draft against the catalog; unknown part ids are field errors (422-style 400). */
export async function normalizeDraftWithCatalog(db: Db, draft: BuildDraft) {
  const parts = await getPartsByIds(db, partIdsOf(draft));
  const normalized = normalizeDraft(draft, parts);
  if (!normalized.ok) throw new ValidationError(normalized.fieldErrors);
  return normalized;
}

/** What POST /api/compat answers: reads only the referenced parts, writes nothing. */
export async function analyzeDraft(db: Db, draft: BuildDraft) {
  const { resolved } = await normalizeDraftWithCatalog(db, draft);
  return analyzeBuild(resolved);
}

const analysisCache = new WeakMap<StoredBuild, { resolved: ResolvedBuild; analysis: BuildAnalysis }>();

/** Resolved build and its analysis; computed once per loaded build object (see resolveStoredBuild). */
export function analyzeStoredBuild(build: StoredBuild) {
  let entry = analysisCache.get(build);
  if (!entry) {
    const resolved = resolveStoredBuild(build);
    entry = { resolved, analysis: analyzeBuild(resolved) };
    analysisCache.set(build, entry);
  }
  return entry;
}
