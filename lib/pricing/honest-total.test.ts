import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../compat/fixtures/make";
import { computeCost } from "./compute-cost";
import { honestTotal } from "./honest-total";

describe("honestTotal", () => {
  it("is the plain total when every part has a price", () => {
    const cost = computeCost(makeBuild([item("cpu", part("cpu", "CPU", {}), 1, 339_99)]));
    expect(honestTotal(cost)).toEqual({ amount: "$339.99", atLeast: false, unpricedParts: 0, text: "$339.99" });
  });

  it("says 'at least' and counts unpriced parts by quantity while any line has no price", () => {
    const cost = computeCost(makeBuild([
      item("gpu", part("gpu", "RTX 4090", {}), 2, null),
      item("cpu", part("cpu", "CPU", {}), 1, 399_00),
      item("fan", part("case-fan", "Fan", {}), 3, null),
    ]));
    expect(cost.unpricedPartCount).toBe(5);
    expect(honestTotal(cost).text).toBe("at least $399.00, 5 parts unpriced");
    const one = computeCost(makeBuild([item("gpu", part("gpu", "RTX 4090", {}), 1, null)]));
    expect(honestTotal(one).text).toBe("at least $0.00, 1 part unpriced");
  });
});
