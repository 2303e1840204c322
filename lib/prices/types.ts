/** Where an observation came from. */
export const PRICE_SOURCES = ["msrp", "retail", "price-list"] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];

/** One price of one part at one retailer (or maker) on one day. */
export interface PriceObservation {
  partId: string;
  /** Who sold or announced it: "NVIDIA", "Newegg", "Micro Center". */
  retailer: string;
  url: string | null;
  priceCents: number;
  currency: string;
  /** ISO 8601 instant; a date-only observation is midnight UTC. */
  observedAt: string;
  source: PriceSource;
}

export const PRICE_SOURCE_LABELS: Record<PriceSource, string> = {
  msrp: "launch MSRP",
  retail: "retail listing",
  "price-list": "price list",
};
