import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../compat/fixtures/make";
import { computeCost } from "./compute-cost";
import { costShares } from "./cost-shares";

const build = makeBuild(
  [
    item("gpu", part("gpu", "GPU", {}), 2, 70_000, 10_000),
    item("cpu", part("cpu", "CPU", {}), 1, 30_000),
    item("ram", part("memory", "RAM", {}), 1, null),
    item("case", part("case", "Case", {}), 1, 0),
  ],
  { shippingCents: 2_000, taxMilliPct: 10_000 },
);

describe("costShares", () => {
  it("lists categories after discounts, shipping and tax, largest first, summing to the total", () => {
    const cost = computeCost(build);
    const shares = costShares(cost);
    expect(shares.map((s) => [s.key, s.cents])).toEqual([["gpu", 130_000], ["cpu", 30_000], ["tax", 16_000], ["shipping", 2_000]]);
    expect(shares.reduce((sum, s) => sum + s.cents, 0)).toBe(cost.totalCents);
    expect(shares[0]).toMatchObject({ label: "GPU", pct: 73 });
    expect(shares.map((s) => s.pct)).toEqual([73, 16.9, 9, 1.1]);
  });

  it("is empty when nothing has a price", () => {
    expect(costShares(computeCost(makeBuild([item("ram", part("memory", "RAM", {}), 1, null)])))).toEqual([]);
  });
});
