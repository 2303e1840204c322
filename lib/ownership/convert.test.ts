import { describe, expect, it } from "vitest";
import { convertMinor } from "./convert";

describe("convertMinor", () => {
  it("passes the same currency through and refuses a missing or non-positive rate", () => {
    expect(convertMinor(123, "EUR", "EUR", {})).toBe(123);
    expect(convertMinor(123, "USD", "EUR", {})).toBeNull();
    expect(convertMinor(123, "USD", "EUR", { USD: 0 })).toBeNull();
  });

  it("goes through whole units: 100 cents at 150 yen per dollar is 150 yen, 150 yen at 0.0067 is 100.5 cents", () => {
    expect(convertMinor(100, "USD", "JPY", { USD: 150 })).toBe(150);
    expect(convertMinor(150, "JPY", "USD", { JPY: 0.0067 })).toBeCloseTo(100.5, 10);
  });
});
