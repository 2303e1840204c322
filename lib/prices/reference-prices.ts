import { z } from "zod";
import { CURRENCIES, MAX_CENTS } from "../builds/draft";
import { parseObservedAt } from "./observed-at";
import type { PriceObservation } from "./types";

// prisma/seed/prices.json: the reference price of every curated part, keyed by part id, in a file
// of its own so adding a price never touches the part files. Each is a launch MSRP announced by the
// maker or a dated retail listing, with where it was read.
export const referencePriceSchema = z.strictObject({
  priceCents: z.number().int().positive().max(MAX_CENTS),
  currency: z.enum(CURRENCIES),
  /** The launch date for an MSRP, the day the listing was seen for a retail price. */
  observedAt: z.string().refine((s) => parseObservedAt(s) !== null, "Must be a date (YYYY-MM-DD) from 2000 until today"),
  kind: z.enum(["msrp", "retail"]),
  /** Who set or showed the price: "NVIDIA" for an MSRP, the shop for a listing. */
  retailer: z.string().trim().min(1).max(80),
  /** The page the price was read from (announcement, review, listing). */
  sourceName: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/ }),
  note: z.string().max(300).optional(),
});

export const referencePricesSchema = z.record(z.string().max(64), z.union([referencePriceSchema, z.array(referencePriceSchema).min(1).max(20)]));
export type ReferencePrice = z.infer<typeof referencePriceSchema>;

/** Every reference price as observations; the caller has validated the file with the schema. */
export function referenceObservations(file: z.infer<typeof referencePricesSchema>): PriceObservation[] {
  return Object.entries(file).flatMap(([partId, value]) =>
    (Array.isArray(value) ? value : [value]).map((p) => ({
      partId,
      retailer: p.retailer,
      url: p.url,
      priceCents: p.priceCents,
      currency: p.currency,
      observedAt: parseObservedAt(p.observedAt)!,
      source: p.kind,
    })),
  );
}
