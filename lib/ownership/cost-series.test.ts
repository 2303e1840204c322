import { describe, expect, it } from "vitest";
import { compareOwnVsRent, type OwnershipInput } from "./cost-model";
import { chartMonths, costSeries, MAX_CHART_MONTHS, tableRows } from "./cost-series";

const base: OwnershipInput = {
  purchaseCents: 216_591, currency: "USD", hoursPerWeek: 20, loadW: 400, idleW: 0, idleHoursPerWeek: 0,
  electricity: { milliCentsPerKwh: 15_000, currency: "USD" }, resale: null,
  cloud: { milliCentsPerHour: 90_000, currency: "USD" }, k: 2.29, rates: {},
};

function series(patch: Partial<OwnershipInput> = {}) {
  const input = { ...base, ...patch };
  const result = compareOwnVsRent(input);
  if (!result.ok) throw new Error(result.error);
  return { result, series: costSeries(input, result.rates, result.breakEven) };
}

describe("cumulative cost series", () => {
  it("starts at the purchase price against nothing spent in the cloud, and grows every month", () => {
    const { series: s } = series();
    expect(s.points[0]).toEqual({ month: 0, ownCents: 216_591, cloudCents: 0 });
    for (let i = 1; i < s.points.length; i++) {
      expect(s.points[i]!.ownCents).toBeGreaterThan(s.points[i - 1]!.ownCents);
      expect(s.points[i]!.cloudCents).toBeGreaterThan(s.points[i - 1]!.cloudCents);
    }
  });

  it("marks the crossing at the break-even, with the cloud line below before it and above after", () => {
    const { result, series: s } = series();
    expect(result.breakEven).toMatchObject({ months: 12.5 });
    expect(s.crossing?.month).toBe(12.5);
    // At the crossing both lines cost about the same: 1083 h of cloud work at $2.061.
    expect(s.crossing?.cents).toBe(Math.round(1083 * 206.1));
    expect(s.points[12]!.cloudCents).toBeLessThan(s.points[12]!.ownCents);
    expect(s.points[13]!.cloudCents).toBeGreaterThan(s.points[13]!.ownCents);
    // 12.5 months x 1.5, rounded up to whole half-years.
    expect(s.points).toHaveLength(24 + 1);
  });

  it("ends at the sale with the resale value taken off the box's cost", () => {
    const { series: s } = series({ resale: { cents: 60_000, afterYears: 2 } });
    expect(s.points).toHaveLength(25);
    expect(s.saleOwnCents).toBe(s.points[24]!.ownCents - 60_000);
    expect(s.end).toEqual({ month: 24, ownCents: s.saleOwnCents, cloudCents: s.points[24]!.cloudCents });
  });

  it("marks a break-even at the sale on the sale month", () => {
    const { series: s } = series({ hoursPerWeek: 2, resale: { cents: 160_000, afterYears: 3 } });
    expect(s.crossing?.month).toBe(36);
    expect(s.crossing!.cents).toBe(s.points[36]!.cloudCents);
  });

  it("has no crossing when the cloud stays cheaper, over three years", () => {
    const { series: s } = series({ k: 0.01 });
    expect(s.crossing).toBeNull();
    expect(s.points).toHaveLength(37);
    expect(s.end.ownCents).toBeGreaterThan(s.end.cloudCents);
  });

  it("shows at least a year, and at most ten years even when the break-even is further out", () => {
    expect(series({ hoursPerWeek: 168 }).series.points).toHaveLength(13);
    const slow = series({ hoursPerWeek: 1 });
    expect(slow.result.breakEven).toMatchObject({ kind: "hours" });
    expect(slow.series.points).toHaveLength(MAX_CHART_MONTHS + 1);
    expect(slow.series.crossing).toBeNull();
    expect(chartMonths(base, { kind: "never", reason: "no-usage" })).toBe(36);
  });
});

describe("table rows", () => {
  it("samples every 3 months on a two-year chart, always keeping the last month", () => {
    const rows = tableRows(series().series);
    expect(rows.map((r) => r.month)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(rows.every((r) => !r.afterSale)).toBe(true);
  });

  it("adds the box's cost after the sale as a last row", () => {
    const { series: s } = series({ resale: { cents: 60_000, afterYears: 5 } });
    const rows = tableRows(s);
    expect(rows.map((r) => r.month)).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 60]);
    expect(rows.at(-1)).toEqual({ ...s.end, afterSale: true });
  });
});
