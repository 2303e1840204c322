import { z } from "zod";
import { CURRENCIES, MAX_ITEMS } from "../builds/draft";
import type { BuildAnalysis } from "../compat/analyze";
import { MAX_IMPORT_BYTES, type ImportCurrency, type ImportPreviewItem } from "../import-export";
import type { Category, PartSource } from "../parts/categories";
import { partName, type Part } from "../parts/types";
import type { CreatedBuild } from "./builds";

// JSON escaping can double a pasted text (newlines, quotes) or worse; the 1 MiB limit on the
// text itself is enforced after decoding (413 with code too_large), this only bounds the body.
export const IMPORT_BODY_LIMIT_BYTES = 4 * MAX_IMPORT_BYTES;

/** The user's corrections: line i becomes catalog part partId, or stays custom (null). */
const choicesSchema = z
  .array(z.strictObject({ line: z.number().int().min(0).max(MAX_ITEMS - 1), partId: z.string().min(1).max(64).nullable() }))
  .max(MAX_ITEMS)
  .refine((list) => new Set(list.map((c) => c.line)).size === list.length, "One choice per line");

const common = { text: z.string(), save: z.boolean().optional(), name: z.string().trim().max(120).optional(), choices: choicesSchema.optional() };
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
  match: ({ partId: string; confidence: number } & PartBrief) | null;
  candidates?: Array<{ partId: string; confidence: number } & PartBrief>;
  /** True when the user chose this (a part or custom), not the matcher. */
  chosen?: boolean;
}

/** What the preview shows of a catalog part. */
export interface PartBrief {
  name: string;
  url: string;
  source: PartSource;
  priceCents: number | null;
  currency: string;
}

/** The build the preview would save: its compatibility and honest total, before anything is saved. */
export type ImportAnalysis = Pick<BuildAnalysis, "status" | "findings"> & {
  cost: Pick<BuildAnalysis["cost"], "totalCents" | "currency" | "unknownPriceCount" | "unpricedPartCount">;
};

/** What both importers answer: the preview, plus the created build's links when saved. */
export interface ImportView {
  format: "pcpartpicker" | "json";
  items: ImportItemView[];
  currency: ImportCurrency;
  statedTotalCents: number | null;
  computedTotalCents: number;
  warnings: string[];
  analysis: ImportAnalysis;
}

export function importAnalysis(analysis: BuildAnalysis): ImportAnalysis {
  const { totalCents, currency, unknownPriceCount, unpricedPartCount } = analysis.cost;
  return { status: analysis.status, findings: analysis.findings, cost: { totalCents, currency, unknownPriceCount, unpricedPartCount } };
}

export type ImportResponse = { status: 200; body: ImportView } | { status: 201; body: CreatedBuild & ImportView };

export const partUrl = (part: Pick<Part, "id" | "category">) => `/parts/${part.category}/${encodeURIComponent(part.id)}`;

export const partBrief = (part: Part): PartBrief => ({ name: partName(part), url: partUrl(part), source: part.source, priceCents: part.priceCents, currency: part.currency });

/** Adds catalog names, links, sources and prices to matches so the page can show and correct what each line became. */
export function itemView(item: ImportPreviewItem, byId: ReadonlyMap<string, Part>): ImportItemView {
  const part = item.match ? byId.get(item.match.partId) : undefined;
  const { candidates, match, ...rest } = item;
  return {
    ...rest,
    match: match && part ? { ...match, ...partBrief(part) } : null,
    ...(candidates ? { candidates: candidates.flatMap((c) => (byId.has(c.partId) ? [{ ...c, ...partBrief(byId.get(c.partId)!) }] : [])) } : {}),
  };
}
