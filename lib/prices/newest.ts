import type { PriceObservation } from "./types";

/**
 * The observation a part's current price comes from: the newest one; on the same instant, the
 * lowest price (what a shopper comparing those retailers would pay), then the retailer's name so
 * the choice never depends on row order.
 */
export function newestObservation<T extends Pick<PriceObservation, "observedAt" | "priceCents" | "retailer">>(observations: readonly T[]): T | null {
  let best: T | null = null;
  for (const o of observations) {
    if (
      !best ||
      o.observedAt > best.observedAt ||
      (o.observedAt === best.observedAt && (o.priceCents < best.priceCents || (o.priceCents === best.priceCents && o.retailer < best.retailer)))
    ) {
      best = o;
    }
  }
  return best;
}
