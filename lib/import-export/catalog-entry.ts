import { z } from "zod";
import { CURRENCIES, MAX_CENTS, type Currency } from "../builds/draft";
import { CATEGORIES, type Category } from "../parts/categories";
import { boundSpecs, describeDropped, NOT_A_SPEC } from "../parts/bound-specs";
import { PART_ID_MAX_LENGTH, PART_ID_PATTERN } from "../catalog/catalog-entry-schema";

// As in the seed files: a price is positive or null (unknown), never 0.
const cents = z.number().int().positive().max(MAX_CENTS);

/**
 * One part in our catalog file format (docs/import-export.md): a prisma/seed/parts/*.json entry
 * plus `category` (optional when the caller knows it, as for a seed file) and `externalId`.
 */
export const catalogPartSchema = z.strictObject({
  id: z.string().max(PART_ID_MAX_LENGTH).regex(PART_ID_PATTERN, "Must be a lowercase kebab-case slug").optional(),
  category: z.enum(CATEGORIES),
  brand: z.string().trim().min(1).max(100),
  model: z.string().trim().min(1).max(200),
  priceCents: cents.nullable().optional(),
  currency: z.enum(CURRENCIES).optional(),
  releaseYear: z.number().int().min(1970).max(2100).nullable().optional(),
  externalId: z.string().trim().min(1).max(128).nullable().optional(),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
  specs: z.record(z.string(), z.unknown()).optional(),
});

/** A price-list row: sets the price of a part already in the catalog, found by externalId. */
export const catalogPriceSchema = z.strictObject({
  externalId: z.string().trim().min(1).max(128),
  priceCents: cents.nullable(),
  currency: z.enum(CURRENCIES).optional(),
});

export interface CatalogPartEntry {
  id: string | null;
  category: Category;
  brand: string;
  model: string;
  priceCents: number | null;
  currency: Currency;
  releaseYear: number | null;
  externalId: string | null;
  sourceUrl: string | null;
  specs: Record<string, unknown>;
}

export interface CatalogPriceUpdate {
  externalId: string;
  priceCents: number | null;
  currency: Currency;
}

export type CatalogRow =
  /** `dropped`: spec values outside their bounds, left out of the part with the reason. */
  | { row: number; kind: "part"; part: CatalogPartEntry; dropped: string[] }
  | { row: number; kind: "price"; update: CatalogPriceUpdate };

export type EntryResult = { ok: true; value: CatalogRow } | { ok: false; message: string };

const issues = (error: z.ZodError) => error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`).join("; ");

/**
 * Validates one entry; an object without category/brand/model is read as a price update.
 * `category` fills in a missing category (a seed file's category comes from its file name).
 */
export function validateCatalogEntry(input: unknown, row: number, category?: Category): EntryResult {
  const raw = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  if (!raw) return { ok: false, message: "expected an object" };
  const obj = category && !("category" in raw) && ("brand" in raw || "model" in raw) ? { ...raw, category } : raw;
  const isPriceRow = !("category" in obj) && !("brand" in obj) && !("model" in obj) && "externalId" in obj;
  if (isPriceRow) {
    const parsed = catalogPriceSchema.safeParse(obj);
    if (!parsed.success) return { ok: false, message: issues(parsed.error) };
    const { externalId, priceCents, currency = "USD" } = parsed.data;
    return { ok: true, value: { row, kind: "price", update: { externalId, priceCents, currency } } };
  }
  const parsed = catalogPartSchema.safeParse(obj);
  if (!parsed.success) return { ok: false, message: issues(parsed.error) };
  const entry = parsed.data;
  // An unknown key is a typo in the file and refuses the row (it would silently become unknown);
  // a value outside its bounds only costs the part that value, with the reason.
  const specs = boundSpecs(entry.category, entry.specs ?? {});
  const unknownKeys = specs.dropped.filter((d) => d.reason === NOT_A_SPEC);
  if (unknownKeys.length > 0) return { ok: false, message: `specs: ${unknownKeys.map((d) => `${d.key}: not a spec of ${entry.category}`).join("; ")}` };
  return {
    ok: true,
    value: {
      row,
      kind: "part",
      dropped: specs.dropped.map(describeDropped),
      part: {
        id: entry.id ?? null,
        category: entry.category,
        brand: entry.brand,
        model: entry.model,
        priceCents: entry.priceCents ?? null,
        currency: entry.currency ?? "USD",
        releaseYear: entry.releaseYear ?? null,
        externalId: entry.externalId ?? null,
        sourceUrl: entry.sourceUrl ?? null,
        specs: specs.specs as Record<string, unknown>,
      },
    },
  };
}
