import { z } from "zod";
import { CURRENCIES } from "../builds/draft";
import { MAX_IMPORT_BYTES, type ImportCurrency, type ImportPreviewItem } from "../import-export";
import type { Category } from "../parts/categories";
import { partName, type Part } from "../parts/types";
import type { CreatedBuild } from "./builds";

// JSON escaping can double a pasted text (newlines, quotes) or worse; the 1 MiB limit on the
// text itself is enforced after decoding (413 with code too_large), this only bounds the body.
export const IMPORT_BODY_LIMIT_BYTES = 4 * MAX_IMPORT_BYTES;

const common = { text: z.string(), save: z.boolean().optional(), name: z.string().trim().max(120).optional() };
/** POST /api/import/pcpartpicker; `currency` reads a bare "$" in a list without links. */
export const pcppImportSchema = z.strictObject({ ...common, currency: z.enum(CURRENCIES).optional() });
/** POST /api/import/json: our `dl-box-build` export. */
export const jsonImportSchema = z.strictObject(common);
export type ImportRequest = z.infer<typeof pcppImportSchema>;

export interface ImportItemView {
  name: string;
  category: Category;
  typeLabel: string;
  quantity: number;
  priceCents: number | null;
  discountCents: number;
  /** The catalog part this line became, or null: it is kept as a custom part. */
  match: { partId: string; confidence: number; name: string; url: string } | null;
  candidates?: Array<{ partId: string; confidence: number; name: string }>;
}

/** What both importers answer: the preview, plus the created build's links when saved. */
export interface ImportView {
  format: "pcpartpicker" | "json";
  items: ImportItemView[];
  currency: ImportCurrency;
  statedTotalCents: number | null;
  computedTotalCents: number;
  warnings: string[];
}

export type ImportResponse = { status: 200; body: ImportView } | { status: 201; body: CreatedBuild & ImportView };

export const partUrl = (part: Pick<Part, "id" | "category">) => `/parts/${part.category}/${encodeURIComponent(part.id)}`;

function nameOf(partId: string, byId: ReadonlyMap<string, Part>): string {
  const part = byId.get(partId);
  return part ? partName(part) : partId;
}

/** Adds catalog names and links to matches so the page can show what each line became. */
export function itemView(item: ImportPreviewItem, byId: ReadonlyMap<string, Part>): ImportItemView {
  const part = item.match ? byId.get(item.match.partId) : undefined;
  const { candidates, match, ...rest } = item;
  return {
    ...rest,
    match: match && part ? { ...match, name: partName(part), url: partUrl(part) } : null,
    ...(candidates ? { candidates: candidates.map((c) => ({ ...c, name: nameOf(c.partId, byId) })) } : {}),
  };
}
