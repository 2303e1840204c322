import { compatibleWith } from "../builds/candidate-filter";
import type { Db } from "../db/client";
import type { PickerQuery } from "../parts/picker-query";
import { normalizeDraftWithCatalog } from "./build-analysis";
import { searchCatalog } from "./catalog";

/** Catalog search for the builder's picker, optionally limited to parts that fit the build. */
export async function pickerSearch(db: Db, { compatibleWith: draft, ...search }: PickerQuery) {
  const accept = draft ? compatibleWith((await normalizeDraftWithCatalog(db, draft)).resolved) : undefined;
  return searchCatalog(db, { ...search, accept });
}
