import { describe, expect, it } from "vitest";
import { powerBudget } from "./power-budget";

const power = (estimatedW: number, recommendedPsuW: number, psuW: number | null) => ({ estimatedW, gpuW: 0, cpuW: 0, recommendedPsuW, recommendedAtx3PsuW: recommendedPsuW, atx3: null, psuW, breakdown: [], unknown: [] });

describe("powerBudget", () => {
  it("gives the headroom of a PSU at or above the recommended size", () => {
    expect(powerBudget(power(400, 550, 750))).toEqual({ kind: "ok", headroomPct: 88 });
    expect(powerBudget(power(400, 550, 550))).toEqual({ kind: "ok", headroomPct: 38 });
  });

  it("flags a PSU under the recommended size, and one under the load itself", () => {
    expect(powerBudget(power(400, 550, 450))).toEqual({ kind: "below-recommended", headroomPct: 13 });
    expect(powerBudget(power(1900, 2000, 850))).toEqual({ kind: "short", shortW: 1050 });
  });

  it("says nothing without a PSU wattage or without a load", () => {
    expect(powerBudget(power(400, 550, null))).toBeNull();
    expect(powerBudget(power(0, 0, 750))).toBeNull();
  });
});
