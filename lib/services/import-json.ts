import type { BuildDraft, DraftItem } from "../builds/draft";
import type { Db } from "../db/client";
import { importBuildJson, PCPP_LABEL, replaceMissingParts, type ImportChoice } from "../import-export";
import { partName, type Part } from "../parts/types";
import { analyzeDraft } from "./build-analysis";
import { createFromDraft } from "./builds";
import { catalogIndex } from "./catalog";
import { checkChoices } from "./import-choices";
import { importErrorToAppError } from "./import-errors";
import { importAnalysis, partBrief, type ImportItemView, type ImportRequest, type ImportResponse } from "./import-view";

function itemViews(draft: BuildDraft, byId: ReadonlyMap<string, Part>, chosen: ReadonlySet<number>): ImportItemView[] {
  return draft.items.map((item, line) => {
    const common = { quantity: item.quantity, priceCents: item.priceCents ?? null, discountCents: item.discountCents ?? 0, ...(chosen.has(line) ? { chosen: true } : {}) };
    if ("custom" in item) {
      const kind = item.custom.specs?.kind;
      return { name: item.custom.name, category: item.custom.category, typeLabel: typeof kind === "string" ? kind : PCPP_LABEL[item.custom.category], match: null, ...common };
    }
    // replaceMissingParts turned every unknown id into a custom part, so the id is in the catalog.
    const part = byId.get(item.partId)!;
    return { name: partName(part), category: part.category, typeLabel: PCPP_LABEL[part.category], match: { partId: part.id, confidence: 1, ...partBrief(part) }, ...common };
  });
}

/** The user's picks on the file's items: another catalog part, or a custom part named as the file named it. */
function applyChoices(draft: BuildDraft, choices: readonly ImportChoice[], names: ReadonlyArray<{ name: string; category: Part["category"] }>, byId: ReadonlyMap<string, Part>): BuildDraft {
  const byLine = new Map(choices.map((c) => [c.line, c.partId]));
  const items = draft.items.map((item, line): DraftItem => {
    if (!byLine.has(line)) return item;
    const partId = byLine.get(line)!;
    const { quantity, priceCents, discountCents } = item;
    const common = { quantity, ...(priceCents !== undefined ? { priceCents } : {}), ...(discountCents !== undefined ? { discountCents } : {}) };
    if (partId !== null) return { partId, ...common };
    if ("custom" in item) return item;
    const part = byId.get(item.partId);
    const label = names[line] ?? { name: part ? partName(part) : item.partId, category: part?.category ?? "other" };
    return { custom: { name: label.name.slice(0, 200), category: label.category }, ...common };
  });
  return { ...draft, items };
}

/**
 * Our JSON export back into a build. Parts this catalog lacks become custom parts from the
 * file's snapshot (with a warning each), so a file from another instance loses nothing; the user
 * may point any line at another catalog part or keep it custom before saving.
 */
export async function importJsonBuild(db: Db, input: Omit<ImportRequest, "currency">): Promise<ImportResponse> {
  const imported = importBuildJson(input.text);
  if (!imported.ok) throw importErrorToAppError(imported.error);
  const { byId } = await catalogIndex(db);
  const { draft: fromFile, replaced } = replaceMissingParts(imported, new Set(byId.keys()));
  const choices = checkChoices(input.choices, fromFile.items.length, byId);
  const names = fromFile.items.map((_, i) => ({ name: imported.snapshots[i]?.name ?? `Part ${i + 1}`, category: imported.snapshots[i]?.category ?? "other" }));
  const corrected = applyChoices(fromFile, choices, names, byId);
  const draft = input.name ? { ...corrected, name: input.name } : corrected;
  const warnings = replaced.map((i) => `Item ${i + 1} (${imported.snapshots[i]?.name ?? "part"}) is not in this catalog: kept as a custom part.`);
  const analysis = await analyzeDraft(db, draft);
  const view = {
    format: "json" as const,
    items: itemViews(draft, byId, new Set(choices.map((c) => c.line))),
    currency: draft.currency ?? "USD",
    statedTotalCents: null,
    computedTotalCents: analysis.cost.totalCents,
    warnings,
    analysis: importAnalysis(analysis),
  };
  if (!input.save) return { status: 200, body: view };
  return { status: 201, body: { ...(await createFromDraft(db, draft)), ...view } };
}
