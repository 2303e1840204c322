import { applyImportChoices, buildImportPreview, parsePcPartPickerList, previewToDraft } from "../import-export";
import type { Db } from "../db/client";
import { analyzeDraft } from "./build-analysis";
import { createFromDraft } from "./builds";
import { checkChoices } from "./import-choices";
import { importErrorToAppError } from "./import-errors";
import { catalogMatcher } from "./import-matcher";
import { importAnalysis, itemView, type ImportRequest, type ImportResponse } from "./import-view";

/**
 * A pasted PCPartPicker list: parse, match every line against the cached catalog, apply the
 * user's corrections, and either answer the preview (with the resulting build's compatibility
 * and total) or (save: true) create that build. Nothing is written on any error.
 */
export async function importPcPartPicker(db: Db, input: ImportRequest): Promise<ImportResponse> {
  const list = parsePcPartPickerList(input.text, { currencyHint: input.currency });
  if (!list.ok) throw importErrorToAppError(list.error);
  const { match, byId } = await catalogMatcher(db);
  const matched = buildImportPreview(list, match);
  const preview = applyImportChoices(matched, checkChoices(input.choices, matched.items.length, byId));
  const draft = previewToDraft(preview, input.name || "Imported PCPartPicker list");
  const view = {
    format: "pcpartpicker" as const,
    items: preview.items.map((item) => itemView(item, byId)),
    currency: preview.currency,
    statedTotalCents: preview.statedTotalCents,
    computedTotalCents: preview.computedTotalCents,
    warnings: preview.warnings,
    analysis: importAnalysis(await analyzeDraft(db, draft)),
  };
  if (!input.save) return { status: 200, body: view };
  const created = await createFromDraft(db, draft);
  return { status: 201, body: { ...created, ...view } };
}
