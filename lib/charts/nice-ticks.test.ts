import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks";

describe("niceTicks", () => {
  it("covers the maximum with round steps", () => {
    expect(niceTicks(216_591)).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
    expect(niceTicks(24, 4)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it("gives a unit axis for nothing to show", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});
