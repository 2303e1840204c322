import { compatibleWith } from "../builds/candidate-filter";
import type { BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import type { Db } from "../db/client";
import { ValidationError } from "../errors";
import type { PickerQuery } from "../parts/picker-query";
import { catalogIndex, searchCatalog } from "./catalog";

/**
 * What one picker request may spend checking candidates against its build: a check takes tens of
 * microseconds for an ordinary build and up to about a millisecond for a hostile 64-line one, so
 * both a count and a time cap apply. Checks run in sort order and stop once the page is full
 * (docs/security.md#budgets).
 */
export const PICKER_CHECK_BUDGET = 2000;
export const PICKER_CHECK_BUDGET_MS = 20;

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
export async function pickerSearch(db: Db, { compatibleWith: draft, ...search }: PickerQuery) {
  const accept = draft ? { test: compatibleWith(await resolvedDraft(db, draft)), budget: PICKER_CHECK_BUDGET, budgetMs: PICKER_CHECK_BUDGET_MS } : undefined;
  return searchCatalog(db, { ...search, accept });
}
