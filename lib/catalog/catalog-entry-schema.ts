import { z } from "zod";
import { CURRENCIES, MAX_CENTS } from "../builds/draft";

// Catalog ids double as `partId` in build drafts, which caps them at 64 characters.
export const PART_ID_MAX_LENGTH = 64;
export const PART_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One entry of prisma/seed/parts/<category>.json. Specs are only checked to be an object here:
 * the category's own strict schema (parseSpecs) validates them so errors name the spec field.
 */
export const catalogEntrySchema = z.strictObject({
  id: z
    .string()
    .max(PART_ID_MAX_LENGTH)
    .regex(PART_ID_PATTERN, "Must be a lowercase kebab-case slug"),
  brand: z.string().trim().min(1),
  model: z.string().trim().min(1),
  // Launch/reference price; null when genuinely unknown (never 0).
  priceCents: z.number().int().positive().max(MAX_CENTS).nullable(),
  currency: z.enum(CURRENCIES),
  releaseYear: z.number().int().min(1990).max(2100).nullable(),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  specs: z.record(z.string(), z.unknown()),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
