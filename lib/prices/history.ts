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

const DAY_MS = 86_400_000;

export interface TimeAxis {
  /** Axis ends (ms since epoch): the observations' range, widened to at least a month. */
  start: number;
  end: number;
  ticks: Array<{ at: number; label: string }>;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Ticks on whole years, quarters, months or days, about five of them, UTC. */
export function timeAxis(fromIso: string, toIso: string): TimeAxis {
  let start = Date.parse(fromIso);
  let end = Date.parse(toIso);
  if (end - start < 30 * DAY_MS) {
    const mid = (start + end) / 2;
    start = mid - 15 * DAY_MS;
    end = mid + 15 * DAY_MS;
  }
  const span = end - start;
  const ticks: TimeAxis["ticks"] = [];
  const first = new Date(start);
  if (span > 3 * 365 * DAY_MS) {
    const step = Math.ceil(span / (365 * DAY_MS) / 5);
    for (let y = first.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= end; y += step) ticks.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  } else if (span > 60 * DAY_MS) {
    const months = Math.max(1, Math.round(span / (30.44 * DAY_MS) / 5));
    const step = months <= 1 ? 1 : months <= 2 ? 2 : months <= 3 ? 3 : months <= 6 ? 6 : 12;
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + 1;
    m = Math.ceil(m / step) * step;
    for (;;) {
      y += Math.floor(m / 12);
      m %= 12;
      const at = Date.UTC(y, m, 1);
      if (at > end) break;
      if (at >= start) ticks.push({ at, label: m === 0 ? String(y) : `${MONTHS[m]} ${String(y).slice(2)}` });
      m += step;
    }
  } else {
    const step = Math.max(1, Math.round(span / DAY_MS / 5));
    const day0 = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + 1);
    for (let at = day0; at <= end; at += step * DAY_MS) {
      const d = new Date(at);
      ticks.push({ at, label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}` });
    }
  }
  return { start, end, ticks };
}
