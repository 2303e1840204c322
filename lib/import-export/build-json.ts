import { z } from "zod";
import { CURRENCIES, MAX_CENTS, MAX_ITEMS, MAX_QUANTITY, buildDraftSchema } from "../builds/draft";
import { CATEGORIES } from "../parts/categories";

export const BUILD_JSON_FORMAT = "dl-box-build";
export const BUILD_JSON_VERSION = 1;

const cents = z.number().int().min(0).max(MAX_CENTS);
const specs = z.record(z.string(), z.unknown());

// What a catalog part looked like when exported, so a file stays meaningful on an instance
// whose catalog lacks that part id.
export const partSnapshotSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  category: z.enum(CATEGORIES),
  specs,
});

const itemCommon = {
  quantity: z.number().int().min(1).max(MAX_QUANTITY),
  priceCents: cents.nullable(),
  discountCents: cents,
};

export const buildJsonItemSchema = z.union([
  z.strictObject({ partId: z.string().min(1).max(64), snapshot: partSnapshotSchema, ...itemCommon }),
  z.strictObject({
    custom: z.strictObject({ name: z.string().trim().min(1).max(200), category: z.enum(CATEGORIES), specs: specs.optional() }),
    ...itemCommon,
  }),
]);

/** Version 1 of the JSON export. Any change that loses or reinterprets data needs version 2. */
export const buildJsonV1Schema = z.strictObject({
  format: z.literal(BUILD_JSON_FORMAT),
  version: z.literal(BUILD_JSON_VERSION),
  build: z.strictObject({
    name: z.string().trim().max(120),
    currency: z.enum(CURRENCIES),
    shippingCents: cents,
    taxRate: buildDraftSchema.shape.taxRate.unwrap(),
    notes: z.string().max(5000),
    // Added without a version bump: optional, so files written before it still read the same.
    circuit: buildDraftSchema.shape.circuit,
    items: z.array(buildJsonItemSchema).max(MAX_ITEMS),
  }),
});

export type BuildJsonV1 = z.infer<typeof buildJsonV1Schema>;
export type BuildJsonItem = z.infer<typeof buildJsonItemSchema>;
export type PartSnapshot = z.infer<typeof partSnapshotSchema>;
