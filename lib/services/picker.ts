import { compatibleWith } from "../builds/candidate-filter";
import type { Db } from "../db/client";
import type { PickerQuery } from "../parts/picker-query";
import { normalizeDraftWithCatalog } from "./build-analysis";
import { searchCatalog } from "./catalog";

/**
 * Candidates one picker request may check against its build. A check costs up to a few hundred
 * microseconds for a 64-line build, so the request's CPU stays bounded at any catalog size; the
 * checks run in sort order and stop once the page is full (docs/security.md#budgets).
 */
export const PICKER_CHECK_BUDGET = 250;

/** Catalog search for the builder's picker, optionally limited to parts that fit the build. */
export async function pickerSearch(db: Db, { compatibleWith: draft, ...search }: PickerQuery) {
  const accept = draft ? { test: compatibleWith((await normalizeDraftWithCatalog(db, draft)).resolved), budget: PICKER_CHECK_BUDGET } : undefined;
  return searchCatalog(db, { ...search, accept });
}
