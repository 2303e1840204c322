import type { Db } from "../db/client";
import { getPart } from "../db/parts";
import { listPriceObservations } from "../db/price-observations";
import { priceHistory, type PriceHistory, type PriceObservation } from "../prices";
import type { Part } from "../parts/types";

export interface PartPrices {
  part: Part;
  /** Newest first, at most MAX_HISTORY. */
  observations: PriceObservation[];
  history: PriceHistory | null;
}

/** A part with every price observed for it, for its page and GET /api/parts/[id]/prices. */
export async function partPrices(db: Db, id: string): Promise<PartPrices | null> {
  const [part, observations] = await Promise.all([getPart(db, id), listPriceObservations(db, id)]);
  if (!part) return null;
  return { part, observations, history: priceHistory(observations) };
}
