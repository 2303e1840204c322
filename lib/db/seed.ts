import type { BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import type { Part } from "../parts/types";
import type { PriceObservation } from "../prices";
import { createBuild } from "./builds";
import { SYNC_FIELDS_WITHOUT_PRICE, syncParts } from "./catalog-import";
import type { Db } from "./client";
import { refreshCurrentPrices, upsertObservations } from "./price-observations";
import { refreshSearchText } from "./search-text-refresh";

const EXAMPLE_SEEDED = "example-build-seeded";

export interface SeedResult {
  builtinParts: number;
  exampleBuildId: string | null;
}

/**
 * Refreshes the built-in catalog (parts and their reference prices) and creates the example build
 * once per database. The flag, not the build's presence, decides: a user who deletes the example
 * does not get it back on the next start, and user builds are never touched. A part's current
 * price is its newest observation, so a newer price list imported since is kept.
 */
export async function seedDatabase(db: Db, catalog: readonly Part[], example: BuildDraft, referencePrices: readonly PriceObservation[] = []): Promise<SeedResult> {
  await syncParts(db, catalog, { matchBy: "id", fields: SYNC_FIELDS_WITHOUT_PRICE });
  const ids = new Set(catalog.map((part) => part.id));
  await upsertObservations(db, referencePrices.filter((o) => ids.has(o.partId)));
  await refreshCurrentPrices(db, [...ids]);
  await refreshSearchText(db);
  const seeded = await db.appSetting.findUnique({ where: { key: EXAMPLE_SEEDED } });
  if (seeded) return { builtinParts: catalog.length, exampleBuildId: null };

  const byId = new Map(catalog.map((part) => [part.id, part]));
  const normalized = normalizeDraft(example, byId);
  if (!normalized.ok) {
    throw new Error(`Example build does not match the catalog: ${JSON.stringify(normalized.fieldErrors)}`);
  }
  const { build } = await createBuild(db, normalized.content, { isExample: true });
  await db.appSetting.create({ data: { key: EXAMPLE_SEEDED, value: build.id } });
  return { builtinParts: catalog.length, exampleBuildId: build.id };
}
