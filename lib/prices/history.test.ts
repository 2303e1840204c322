import { describe, expect, it } from "vitest";
import { priceHistory, timeAxis } from "./history";
import { newestObservation } from "./newest";
import type { PriceObservation } from "./types";

const obs = (retailer: string, day: string, priceCents: number, currency = "USD"): PriceObservation => ({
  partId: "p", retailer, url: null, priceCents, currency, observedAt: `${day}T00:00:00.000Z`, source: "price-list",
});

describe("newestObservation", () => {
  it("takes the newest; on the same day the lowest price, then the retailer's name", () => {
    expect(newestObservation([obs("A", "2024-01-01", 500), obs("B", "2024-02-01", 700)])?.retailer).toBe("B");
    expect(newestObservation([obs("B", "2024-02-01", 700), obs("A", "2024-02-01", 650)])?.retailer).toBe("A");
    expect(newestObservation([obs("B", "2024-02-01", 650), obs("A", "2024-02-01", 650)])?.retailer).toBe("A");
    expect(newestObservation([])).toBeNull();
  });
});

describe("priceHistory", () => {
  it("draws one line per retailer in the newest observation's currency, newest retailer first", () => {
    const h = priceHistory([
      obs("Newegg", "2024-01-05", 169_999), obs("Newegg", "2024-03-05", 159_999),
      obs("Amazon", "2024-02-01", 164_900), obs("B&H", "2024-03-20", 161_000), obs("Scan", "2024-03-21", 150_000, "GBP"),
    ])!;
    expect(h.currency).toBe("GBP");
    expect(h.series.map((s) => s.retailer)).toEqual(["Scan"]);
    expect(h.otherCurrencyCount).toBe(4);
    const usd = priceHistory([obs("Newegg", "2024-01-05", 169_999), obs("Newegg", "2024-03-05", 159_999), obs("Amazon", "2024-02-01", 164_900), obs("B&H", "2024-03-20", 161_000)])!;
    expect(usd.series.map((s) => s.retailer)).toEqual(["B&H", "Newegg", "Amazon"]);
    expect(usd.series[1]?.points.map((p) => p.priceCents)).toEqual([169_999, 159_999]);
    expect([usd.minCents, usd.maxCents, usd.from.slice(0, 10), usd.to.slice(0, 10)]).toEqual([159_999, 169_999, "2024-01-05", "2024-03-20"]);
  });
});

describe("timeAxis", () => {
  it("ticks years over long spans, months over short ones, and widens a single day to a month", () => {
    expect(timeAxis("2016-05-27T00:00:00Z", "2025-01-30T00:00:00Z").ticks.map((t) => t.label)).toEqual(["2017", "2019", "2021", "2023", "2025"]);
    expect(timeAxis("2024-01-05T00:00:00Z", "2024-06-20T00:00:00Z").ticks.map((t) => t.label)).toEqual(["Feb 24", "Mar 24", "Apr 24", "May 24", "Jun 24"]);
    const single = timeAxis("2024-03-01T00:00:00Z", "2024-03-01T00:00:00Z");
    expect(single.end - single.start).toBe(30 * 86_400_000);
    expect(single.ticks.length).toBeGreaterThanOrEqual(4);
  });
});
