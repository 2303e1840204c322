import { compatibleWith } from "../builds/candidate-filter";
import { parsePickerCheckBudget } from "../config/write-limits";
import type { BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import type { Db } from "../db/client";
import { ValidationError } from "../errors";
import type { PickerQuery } from "../parts/picker-query";
import { catalogIndex, searchCatalog } from "./catalog";

/**
 * What one picker request may spend checking candidates against its build: a count
 * (PICKER_CHECK_BUDGET, default 2000) and a time cap. Checks run in sort order and stop once the
 * page is full; a later request continues from `checkedThrough` (docs/security.md#budgets).
 */
export const PICKER_CHECK_BUDGET_MS = 20;
let checkBudget: number | null = null;

/**
 * The build the picker checks candidates against, resolved from the in-memory catalog the search
 * uses (at most 2 s behind the database, like the search itself) rather than by another query.
 */
async function resolvedDraft(db: Db, draft: BuildDraft) {
  const normalized = normalizeDraft(draft, (await catalogIndex(db)).byId);
  if (!normalized.ok) throw new ValidationError(normalized.fieldErrors);
  return normalized.resolved;
}

/** Catalog search for the builder's picker, optionally limited to parts that fit the build. */
export async function pickerSearch(db: Db, { compatibleWith: draft, checkFrom, ...search }: PickerQuery) {
  const accept = draft ? { test: compatibleWith(await resolvedDraft(db, draft)), budget: (checkBudget ??= parsePickerCheckBudget(process.env.PICKER_CHECK_BUDGET)), budgetMs: PICKER_CHECK_BUDGET_MS, from: checkFrom } : undefined;
  return searchCatalog(db, { ...search, accept });
}
