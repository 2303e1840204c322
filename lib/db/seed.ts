import type { BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import type { Part } from "../parts/types";
import { createBuild } from "./builds";
import type { Db } from "./client";
import { upsertParts } from "./parts";

const EXAMPLE_SEEDED = "example-build-seeded";

export interface SeedResult {
  builtinParts: number;
  exampleBuildId: string | null;
}

/**
 * Refreshes the built-in catalog (parts only) and creates the example build once per
 * database. The flag, not the build's presence, decides: a user who deletes the example
 * does not get it back on the next start, and user builds are never touched.
 */
export async function seedDatabase(db: Db, catalog: readonly Part[], example: BuildDraft): Promise<SeedResult> {
  await upsertParts(db, catalog);
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
