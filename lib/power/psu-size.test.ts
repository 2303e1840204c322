import { describe, expect, it } from "vitest";
import { PSU_HEADROOM_PCT, STANDARD_PSU_SIZES_W, recommendPsuW, withHeadroomW } from "./psu-size";

describe("recommendPsuW", () => {
  it("adds 25% headroom and rounds up to a standard size", () => {
    expect(PSU_HEADROOM_PCT).toBe(25);
    expect(recommendPsuW(430)).toBe(550); // 537.5 -> 538 -> 550
    expect(recommendPsuW(440)).toBe(550); // exactly 550
    expect(recommendPsuW(441)).toBe(650); // 551.25 -> 552 -> 650
    expect(recommendPsuW(680)).toBe(850);
  });

  it("never recommends less than the estimate plus headroom", () => {
    for (let w = 1; w <= 3000; w += 7) {
      const size = recommendPsuW(w);
      expect(size).toBeGreaterThanOrEqual(withHeadroomW(w));
      expect(size * 100).toBeGreaterThanOrEqual(w * (100 + PSU_HEADROOM_PCT));
    }
  });

  it("returns the smallest adequate standard size", () => {
    for (const size of STANDARD_PSU_SIZES_W) {
      const largestFitting = Math.floor((size * 100) / (100 + PSU_HEADROOM_PCT));
      expect(recommendPsuW(largestFitting)).toBe(size);
    }
  });

  it("rounds up to 100 W steps beyond 2000 W and is 0 for nothing", () => {
    expect(recommendPsuW(2181)).toBe(2800); // 2726.25 -> 2727 -> 2800
    expect(recommendPsuW(0)).toBe(0);
  });
});
