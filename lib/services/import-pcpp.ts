import { buildImportPreview, parsePcPartPickerList, previewToDraft } from "../import-export";
import type { Db } from "../db/client";
import { createFromDraft } from "./builds";
import { importErrorToAppError } from "./import-errors";
import { catalogMatcher } from "./import-matcher";
import { itemView, type ImportRequest, type ImportResponse } from "./import-view";

/**
 * A pasted PCPartPicker list: parse, match every line against the cached catalog, and either
 * answer the preview or (save: true) create the build from it. Nothing is written on any error.
 */
export async function importPcPartPicker(db: Db, input: ImportRequest): Promise<ImportResponse> {
  const list = parsePcPartPickerList(input.text, { currencyHint: input.currency });
  if (!list.ok) throw importErrorToAppError(list.error);
  const { match, byId } = await catalogMatcher(db);
  const preview = buildImportPreview(list, match);
  const view = {
    format: "pcpartpicker" as const,
    items: preview.items.map((item) => itemView(item, byId)),
    currency: preview.currency,
    statedTotalCents: preview.statedTotalCents,
    computedTotalCents: preview.computedTotalCents,
    warnings: preview.warnings,
  };
  if (!input.save) return { status: 200, body: view };
  const created = await createFromDraft(db, previewToDraft(preview, input.name || "Imported PCPartPicker list"));
  return { status: 201, body: { ...created, ...view } };
}
