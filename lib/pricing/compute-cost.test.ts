import { describe, expect, it } from "vitest";
import { build2017, twelvePartBuild } from "../compat/fixtures/builds";
import { item, makeBuild, part } from "../compat/fixtures/make";
import { gtx1080TiFe, i7_7700k, samsung850Evo500 } from "../compat/fixtures/parts-2017";
import { computeCost } from "./compute-cost";

describe("computeCost", () => {
  it("multiplies quantity by unit price and subtracts the line discount", () => {
    const cost = computeCost(makeBuild([item("ssd", samsung850Evo500, 2, 169_99, 10_00)]));
    expect(cost.lines[0]).toMatchObject({ subtotalCents: 339_98, discountCents: 10_00, totalCents: 329_98, discountCapped: false });
    expect([cost.subtotalCents, cost.discountCents, cost.taxableCents]).toEqual([339_98, 10_00, 329_98]);
  });

  it("caps a discount at its line and flags it", () => {
    const cost = computeCost(makeBuild([item("cpu", i7_7700k, 1, 100_00, 150_00)]));
    expect(cost.lines[0]).toMatchObject({ discountCents: 100_00, totalCents: 0, discountCapped: true });
    expect(cost.totalCents).toBe(0);
  });

  it("excludes unknown prices from totals and counts them", () => {
    const cost = computeCost(
      makeBuild([item("cpu", i7_7700k, 1, 339_99), item("gpu", gtx1080TiFe, 2, null, 50_00), item("x", part("other", "Cable", {}), 1, null)]),
    );
    expect(cost.subtotalCents).toBe(339_99);
    expect(cost.unknownPriceCount).toBe(2);
    expect(cost.unknownPriceItemIds).toEqual(["gpu", "x"]);
    // The discount of an unpriced line is not applied.
    expect(cost.lines[1]).toMatchObject({ unitPriceCents: null, totalCents: null, discountCents: 0 });
  });

  it("taxes goods after discounts, not shipping, rounding half up", () => {
    const build = makeBuild([item("cpu", i7_7700k, 1, 10_00)], { taxMilliPct: 8_250, shippingCents: 5_00 });
    const cost = computeCost(build);
    expect(cost.taxCents).toBe(83); // 8.25% of 1000 = 82.5 -> 83; shipping untaxed
    expect(cost.totalCents).toBe(10_00 + 83 + 5_00);
  });

  it("totals per category in catalog order, counting unknown prices", () => {
    const cost = computeCost(twelvePartBuild);
    expect(cost.byCategory.map((c) => c.category)).toEqual(["cpu", "cpu-cooler", "motherboard", "memory", "storage", "gpu", "case", "psu", "case-fan", "other"]);
    const storage = cost.byCategory.find((c) => c.category === "storage");
    // 2 x 850 EVO + 990 PRO + 2 x WD Red.
    expect(storage).toEqual({ category: "storage", totalCents: 2 * 169_99 + 169_99 + 2 * 119_99, pricedLineCount: 3, unknownPriceCount: 0 });
    expect(cost.byCategory.find((c) => c.category === "other")).toMatchObject({ totalCents: 0, unknownPriceCount: 1 });
  });

  it("computes the 2017 box end to end", () => {
    const cost = computeCost(build2017);
    const lines = build2017.items.map((i) => (i.priceCents ?? 0) * i.quantity);
    const subtotal = lines.reduce((a, b) => a + b, 0);
    expect(cost.subtotalCents).toBe(subtotal);
    expect(cost.discountCents).toBe(30_00);
    const taxable = subtotal - 30_00;
    expect(cost.taxCents).toBe(Math.floor((taxable * 8_250 + 50_000) / 100_000));
    expect(cost.currency).toBe("USD");
  });

  it("keeps JPY amounts as whole yen", () => {
    const cost = computeCost(makeBuild([item("gpu", gtx1080TiFe, 1, 89_800)], { currency: "JPY", taxMilliPct: 10_000 }));
    expect(cost.taxCents).toBe(8_980);
    expect(cost.totalCents).toBe(98_780);
  });
});
