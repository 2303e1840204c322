import type { BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import { resolveStoredBuild } from "../builds/resolve";
import type { StoredBuild } from "../builds/stored";
import { analyzeBuild } from "../compat/analyze";
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

export function analyzeStoredBuild(build: StoredBuild) {
  const resolved = resolveStoredBuild(build);
  return { resolved, analysis: analyzeBuild(resolved) };
}
