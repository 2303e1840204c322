import { describe, expect, it } from "vitest";
import { MIN_LIMIT_SHARE, planPowerLimits } from "./power-limits";

describe("planPowerLimits", () => {
  const quad3090 = [{ name: "RTX 3090", qty: 4, boardPowerW: 350 }];

  // 4x RTX 3090 at 1851 W against a 1600 W PSU: cut 251 W over 1400 W of GPUs -> 82 % -> 280 W,
  // the limit Puget Systems measured at over 95 % of full training throughput.
  it("cuts every GPU by the same share, in 10 W steps", () => {
    const plan = planPowerLimits(quad3090, 1851, 1600)!;
    expect(plan.limits).toEqual([{ name: "RTX 3090", qty: 4, boardPowerW: 350, limitW: 280 }]);
    expect(plan.savedW).toBe(280);
    expect(1851 - plan.savedW).toBeLessThanOrEqual(1600);
  });

  it("returns null when nothing needs cutting or the cut would go below 60 % of board power", () => {
    expect(planPowerLimits(quad3090, 1500, 1600)).toBeNull();
    expect(planPowerLimits(quad3090, 1851, 1000)).toBeNull();
    expect(MIN_LIMIT_SHARE).toBe(0.6);
  });
});
