import { describe, expect, it } from "vitest";
import { psuEfficiency, UNKNOWN_EFFICIENCY } from "./psu-efficiency";

// 80 PLUS minimums (CLEAResult program tables, internal non-redundant): Gold 87/90/87 % at
// 20/50/100 % load on 115 V, 90/92/89 % on 230 V.
describe("psuEfficiency", () => {
  it("reads the 80 PLUS points and interpolates between them", () => {
    expect(psuEfficiency("80+ Gold", 0.2, 115)).toBe(0.87);
    expect(psuEfficiency("80+ Gold", 0.5, 115)).toBe(0.9);
    expect(psuEfficiency("80+ Gold", 1, 115)).toBe(0.87);
    expect(psuEfficiency("80+ Gold", 0.75, 115)).toBeCloseTo(0.885, 6);
    expect(psuEfficiency("80+ Gold", 0.5, 230)).toBe(0.92);
    expect(psuEfficiency("80+ Titanium", 1, 115)).toBe(0.9);
  });

  it("holds the end points outside 20-100 % and assumes the base 80 % without a rating", () => {
    expect(psuEfficiency("80+ Bronze", 0.05, 115)).toBe(0.82);
    expect(psuEfficiency("80+ Bronze", 1.4, 115)).toBe(0.82);
    expect(psuEfficiency(undefined, 0.5, 230)).toBe(UNKNOWN_EFFICIENCY);
  });
});
