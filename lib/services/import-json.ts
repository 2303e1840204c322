import type { BuildDraft } from "../builds/draft";
import type { Db } from "../db/client";
import { importBuildJson, PCPP_LABEL, replaceMissingParts } from "../import-export";
import { partName, type Part } from "../parts/types";
import { analyzeDraft } from "./build-analysis";
import { createFromDraft } from "./builds";
import { catalogIndex } from "./catalog";
import { importErrorToAppError } from "./import-errors";
import { partUrl, type ImportItemView, type ImportRequest, type ImportResponse } from "./import-view";

function itemViews(draft: BuildDraft, byId: ReadonlyMap<string, Part>): ImportItemView[] {
  return draft.items.map((item) => {
    const common = { quantity: item.quantity, priceCents: item.priceCents ?? null, discountCents: item.discountCents ?? 0 };
    if ("custom" in item) {
      const kind = item.custom.specs?.kind;
      return { name: item.custom.name, category: item.custom.category, typeLabel: typeof kind === "string" ? kind : PCPP_LABEL[item.custom.category], match: null, ...common };
    }
    // replaceMissingParts turned every unknown id into a custom part, so the id is in the catalog.
    const part = byId.get(item.partId)!;
    const match = { partId: part.id, confidence: 1, name: partName(part), url: partUrl(part) };
    return { name: match.name, category: part.category, typeLabel: PCPP_LABEL[part.category], match, ...common };
  });
}

/**
 * Our JSON export back into a build. Parts this catalog lacks become custom parts from the
 * file's snapshot (with a warning each), so a file from another instance loses nothing.
 */
export async function importJsonBuild(db: Db, input: Omit<ImportRequest, "currency">): Promise<ImportResponse> {
  const imported = importBuildJson(input.text);
  if (!imported.ok) throw importErrorToAppError(imported.error);
  const { byId } = await catalogIndex(db);
  const { draft: fromFile, replaced } = replaceMissingParts(imported, new Set(byId.keys()));
  const draft = input.name ? { ...fromFile, name: input.name } : fromFile;
  const warnings = replaced.map((i) => `Item ${i + 1} (${imported.snapshots[i]?.name ?? "part"}) is not in this catalog: kept as a custom part.`);
  const view = {
    format: "json" as const,
    items: itemViews(draft, byId),
    currency: draft.currency ?? "USD",
    statedTotalCents: null,
    computedTotalCents: (await analyzeDraft(db, draft)).cost.totalCents,
    warnings,
  };
  if (!input.save) return { status: 200, body: view };
  return { status: 201, body: { ...(await createFromDraft(db, draft)), ...view } };
}
