import { z } from "zod";
import { CATEGORIES } from "../parts/categories";
import { CIRCUIT_IDS } from "../power/circuits";
import { firstUnsafeChar } from "../text/file-safe";
import { CURRENCIES } from "./currencies";

// The one shape every endpoint that takes a build accepts (compat, create, update, import).
export const MAX_ITEMS = 64;
export const MAX_QUANTITY = 99;
// Stored amounts are PostgreSQL INTEGER columns (at most 2^31 - 1): $20M still dwarfs any build.
export const MAX_CENTS = 20_000_000_00;
/** The largest value an INTEGER column holds; every stored whole number stays at or below it. */
export const MAX_INT32 = 2_147_483_647;

export { CURRENCIES, type Currency } from "./currencies";

const cents = z.number().int().min(0).max(MAX_CENTS);

// Names and notes reach scripts, checklists and exports: accept only what lib/text/file-safe.ts
// leaves unchanged (no control, format or separator characters; notes may hold tabs and newlines).
function safeText(base: z.ZodString, multiline = false) {
  return base.superRefine((value, ctx) => {
    const bad = firstUnsafeChar(value, { multiline });
    if (bad) ctx.addIssue({ code: "custom", message: `Contains an invisible or control character (${bad}); remove it` });
  });
}

export const customPartSchema = z.strictObject({
  name: safeText(z.string().trim().min(1, "Name is required").max(200)),
  category: z.enum(CATEGORIES),
  // Checked against the category's spec schema by the caller that knows the category.
  specs: z.record(z.string(), z.unknown()).optional(),
});

const itemCommon = {
  quantity: z.number().int().min(1).max(MAX_QUANTITY),
  priceCents: cents.nullable().optional(),
  discountCents: cents.optional(),
};

export const draftItemSchema = z.union([
  z.strictObject({ partId: z.string().min(1).max(64), ...itemCommon }),
  z.strictObject({ custom: customPartSchema, ...itemCommon }),
]);

export const buildDraftSchema = z.strictObject({
  name: safeText(z.string().trim().max(120)).optional(),
  currency: z.enum(CURRENCIES).optional(),
  shippingCents: cents.optional(),
  // Percent, e.g. 8.25 for 8.25 %; at most three decimals so it is exact in thousandths.
  taxRate: z
    .number()
    .min(0)
    .max(100)
    .refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, "At most three decimals")
    .optional(),
  notes: safeText(z.string().max(5000), true).optional(),
  // The wall circuit the box plugs into (lib/power/circuits.ts); null/absent: the currency's default.
  circuit: z.enum(CIRCUIT_IDS).nullable().optional(),
  items: z.array(draftItemSchema).max(MAX_ITEMS),
});

export type BuildDraft = z.infer<typeof buildDraftSchema>;
export type DraftItem = z.infer<typeof draftItemSchema>;
export type CustomPart = z.infer<typeof customPartSchema>;

/** PUT body: the draft plus the version the editor loaded (optimistic concurrency). */
export const buildUpdateSchema = buildDraftSchema.extend({ version: z.number().int().min(1).max(MAX_INT32) });
export type BuildUpdate = z.infer<typeof buildUpdateSchema>;
