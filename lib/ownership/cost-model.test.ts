import { describe, expect, it } from "vitest";
import { compareOwnVsRent, spotBreakEven, WEEKS_PER_MONTH, type OwnershipInput } from "./cost-model";

/** The example box against the 2017 p2.xlarge: $2,165.91, 400 W at $0.15/kWh, 20 h a week. */
const base: OwnershipInput = {
  purchaseCents: 216_591,
  currency: "USD",
  hoursPerWeek: 20,
  loadW: 400,
  idleW: 0,
  idleHoursPerWeek: 0,
  electricity: { milliCentsPerKwh: 15_000, currency: "USD" },
  resale: null,
  cloud: { milliCentsPerHour: 90_000, currency: "USD" },
  k: 2.29,
  rates: {},
};

function breakEven(patch: Partial<OwnershipInput>) {
  const result = compareOwnVsRent({ ...base, ...patch });
  if (!result.ok) throw new Error(`unexpected ${result.error}`);
  return result.breakEven;
}

describe("break-even", () => {
  it("pays the example box off after about 1,083 hours, 12.5 months at 20 h a week", () => {
    // Electricity 0.4 kW x 15 cents = 6 cents/h; the same work in the cloud 2.29 x 90 cents = 206.1 cents/h.
    const expectedHours = 216_591 / (206.1 - 6);
    expect(breakEven({})).toEqual({ kind: "hours", hours: Math.ceil(expectedHours), months: 12.5, atSale: false });
    expect(expectedHours / (20 * WEEKS_PER_MONTH)).toBeCloseTo(12.45, 2);
  });

  it("comes later the less the box is used, and never at zero hours a week", () => {
    const at10 = breakEven({ hoursPerWeek: 10 });
    const at40 = breakEven({ hoursPerWeek: 40 });
    expect(at10.kind === "hours" && at40.kind === "hours" && at10.months > at40.months).toBe(true);
    // Hours of use to break even do not depend on the calendar.
    expect(at10.kind === "hours" && at10.hours).toBe(1083);
    expect(breakEven({ hoursPerWeek: 0 })).toEqual({ kind: "never", reason: "no-usage" });
  });

  it("with free electricity is purchase / cloud rate, exactly, without an extra hour from float noise", () => {
    const be = breakEven({ purchaseCents: 100_000, electricity: { milliCentsPerKwh: 0, currency: "USD" }, cloud: { milliCentsPerHour: 100_000, currency: "USD" }, k: 1, hoursPerWeek: 10 });
    // 1000 h at 10 h/week = 22.998 months, rounded up to the tenth.
    expect(be).toEqual({ kind: "hours", hours: 1000, months: 23, atSale: false });
  });

  it("is never when an hour of work costs less in the cloud than the box's electricity", () => {
    const hungry = { loadW: 1000, electricity: { milliCentsPerKwh: 50_000, currency: "USD" as const }, cloud: { milliCentsPerHour: 34_000, currency: "USD" as const }, k: 1 };
    expect(breakEven(hungry)).toEqual({ kind: "never", reason: "cloud-cheaper" });
    // Equal rates never catch up either.
    expect(breakEven({ ...hungry, cloud: { milliCentsPerHour: 50_000, currency: "USD" } })).toEqual({ kind: "never", reason: "cloud-cheaper" });
  });

  it("is immediate for a box that cost nothing (all prices unknown)", () => {
    expect(breakEven({ purchaseCents: 0 })).toEqual({ kind: "hours", hours: 0, months: 0, atSale: false });
  });
});

describe("resale value", () => {
  it("does not move a break-even that comes before the sale", () => {
    expect(breakEven({ resale: { cents: 50_000, afterYears: 3 } })).toEqual(breakEven({}));
  });

  it("brings a break-even that would come after the sale forward to the sale, when it covers the gap", () => {
    // 2 h/week: 1083 h take about 10.4 years; after 3 years (313 h) the box is sold.
    const saleHours = 3 * 52.1775 * 2;
    expect(breakEven({ hoursPerWeek: 2 })).toMatchObject({ kind: "hours", hours: 1083 });
    // 313 h x 200.1 cents = $626 of cloud work; a $1,600 resale leaves $566 of purchase to cover.
    expect(breakEven({ hoursPerWeek: 2, resale: { cents: 160_000, afterYears: 3 } })).toEqual({ kind: "hours", hours: Math.ceil(saleHours), months: 36, atSale: true });
    expect(breakEven({ hoursPerWeek: 2, resale: { cents: 100_000, afterYears: 3 } })).toEqual({ kind: "never", reason: "after-sale" });
  });

  it("can make a box pay off even where the cloud is cheaper per hour, if it sells for more than it cost", () => {
    const cheapCloud = { cloud: { milliCentsPerHour: 1_000, currency: "USD" as const }, k: 1 };
    expect(breakEven(cheapCloud)).toEqual({ kind: "never", reason: "cloud-cheaper" });
    expect(breakEven({ ...cheapCloud, resale: { cents: 300_000, afterYears: 1 } })).toMatchObject({ kind: "hours", months: 12, atSale: true });
  });
});

describe("currencies", () => {
  it("asks for a rate instead of mixing a USD cloud price into a EUR build", () => {
    expect(compareOwnVsRent({ ...base, currency: "EUR", electricity: { milliCentsPerKwh: 28_000, currency: "EUR" } }))
      .toEqual({ ok: false, error: "rate-needed", missing: [{ from: "USD", to: "EUR" }] });
  });

  it("names each foreign currency once", () => {
    expect(compareOwnVsRent({ ...base, currency: "GBP" })).toEqual({ ok: false, error: "rate-needed", missing: [{ from: "USD", to: "GBP" }] });
    const both = compareOwnVsRent({ ...base, currency: "GBP", electricity: { milliCentsPerKwh: 28_000, currency: "EUR" } });
    expect(both).toEqual({ ok: false, error: "rate-needed", missing: [{ from: "EUR", to: "GBP" }, { from: "USD", to: "GBP" }] });
  });

  it("converts with the given rate, through whole units when minor units differ (JPY has none)", () => {
    const yen = compareOwnVsRent({
      ...base, currency: "JPY", purchaseCents: 330_000, electricity: { milliCentsPerKwh: 31_000, currency: "JPY" }, rates: { USD: 150 },
    });
    expect(yen.ok).toBe(true);
    if (!yen.ok) return;
    // $0.90/h x 150 = 135 yen/h, x k 2.29; electricity 0.4 kW x 31 yen.
    expect(yen.rates.cloudMilliCentsPerHour).toBeCloseTo(2.29 * 135_000, 6);
    expect(yen.rates.ownMilliCentsPerHour).toBeCloseTo(12_400, 6);
    expect(yen.breakEven).toMatchObject({ kind: "hours", hours: Math.ceil(330_000_000 / (2.29 * 135_000 - 12_400)) });
  });
});

// Issue #15, item 11: the electricity model ignored idle draw; idle hours cost their own draw.
describe("idle electricity and spot prices", () => {
  it("charges idle hours at the idle draw, spread over the training hours", () => {
    const result = compareOwnVsRent({ ...base, idleW: 100, idleHoursPerWeek: 40 });
    if (!result.ok) throw new Error(result.error);
    // (400 W + 100 W x 40 h / 20 h) = 0.6 kWh per training hour at 15,000 milli-cents per kWh.
    expect(result.rates.ownMilliCentsPerHour).toBeCloseTo(9_000, 9);
    const off = compareOwnVsRent(base);
    if (!off.ok) throw new Error(off.error);
    expect(off.rates.ownMilliCentsPerHour).toBeCloseTo(6_000, 9);
  });

  it("gives a later break-even at a larger spot discount", () => {
    const spot = spotBreakEven(base, [60, 91])!;
    const onDemand = breakEven({});
    if (onDemand.kind !== "hours" || spot.atSmallestDiscount.kind !== "hours") throw new Error("expected break-evens");
    expect(spot.atSmallestDiscount.hours).toBeGreaterThan(onDemand.hours);
    // At 91% off the cloud costs $0.081 x 2.29 = $0.185 an hour against $0.06 of electricity:
    // $2,165.91 / $0.125 = 17,260 hours, about 16.6 years at 20 h a week.
    expect(spot.atLargestDiscount).toMatchObject({ kind: "hours", hours: 17_260 });
    // A discount that makes the cloud cheaper than the electricity: never.
    expect(spotBreakEven(base, [97, 98])!.atLargestDiscount).toEqual({ kind: "never", reason: "cloud-cheaper" });
  });
});
