import { compatibleWith } from "../builds/candidate-filter";
import type { Db } from "../db/client";
import type { PickerQuery } from "../parts/picker-query";
import { normalizeDraftWithCatalog } from "./build-analysis";
import { searchCatalog } from "./catalog";

/**
 * What one picker request may spend checking candidates against its build: a check takes tens of
 * microseconds for an ordinary build and up to about a millisecond for a hostile 64-line one, so
 * both a count and a time cap apply. Checks run in sort order and stop once the page is full
 * (docs/security.md#budgets).
 */
export const PICKER_CHECK_BUDGET = 2000;
export const PICKER_CHECK_BUDGET_MS = 30;

/** Catalog search for the builder's picker, optionally limited to parts that fit the build. */
export async function pickerSearch(db: Db, { compatibleWith: draft, ...search }: PickerQuery) {
  const accept = draft ? { test: compatibleWith((await normalizeDraftWithCatalog(db, draft)).resolved), budget: PICKER_CHECK_BUDGET, budgetMs: PICKER_CHECK_BUDGET_MS } : undefined;
  return searchCatalog(db, { ...search, accept });
}
