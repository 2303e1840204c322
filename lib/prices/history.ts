import { newestObservation } from "./newest";
import type { PriceObservation } from "./types";

export interface HistoryPoint {
  observedAt: string;
  priceCents: number;
  url: string | null;
  source: PriceObservation["source"];
}

export interface RetailerSeries {
  retailer: string;
  points: HistoryPoint[];
  /** The retailer's newest observation. */
  latest: HistoryPoint;
}

export interface PriceHistory {
  currency: string;
  /** One series per retailer, the one with the newest observation first. */
  series: RetailerSeries[];
  /** Earliest and latest observation of all series (ISO). */
  from: string;
  to: string;
  minCents: number;
  maxCents: number;
  /** Observations in other currencies, left out of the chart (never converted without a rate). */
  otherCurrencyCount: number;
}

/** At most this many retailers get a line; the rest are listed in the table only. */
export const MAX_SERIES = 8;

/**
 * A part's observations as a chart: lines per retailer in the currency of the newest observation.
 * Null when there is nothing to draw.
 */
export function priceHistory(observations: readonly PriceObservation[]): PriceHistory | null {
  const newest = newestObservation(observations);
  if (!newest) return null;
  const same = observations.filter((o) => o.currency === newest.currency);
  const byRetailer = new Map<string, HistoryPoint[]>();
  for (const o of same) {
    const list = byRetailer.get(o.retailer) ?? [];
    list.push({ observedAt: o.observedAt, priceCents: o.priceCents, url: o.url, source: o.source });
    byRetailer.set(o.retailer, list);
  }
  const series = [...byRetailer.entries()]
    .map(([retailer, points]) => {
      points.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
      return { retailer, points, latest: points[points.length - 1]! };
    })
    .sort((a, b) => (a.latest.observedAt > b.latest.observedAt ? -1 : a.latest.observedAt < b.latest.observedAt ? 1 : a.retailer < b.retailer ? -1 : 1))
    .slice(0, MAX_SERIES);
  const all = series.flatMap((s) => s.points);
  const dates = all.map((p) => p.observedAt).sort();
  const prices = all.map((p) => p.priceCents);
  return {
    currency: newest.currency,
    series,
    from: dates[0]!,
    to: dates[dates.length - 1]!,
    minCents: Math.min(...prices),
    maxCents: Math.max(...prices),
    otherCurrencyCount: observations.length - same.length,
  };
}
