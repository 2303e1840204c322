import { describe, expect, it } from "vitest";
import { parseNumber, toScaledInt } from "./parse-number";

const any = { min: 0, max: 1e9, decimals: 5 };

describe("parseNumber", () => {
  it("reads plain numbers, thousands commas and decimal commas", () => {
    expect(parseNumber(" 20 ", any)).toBe(20);
    expect(parseNumber("1,299.5", any)).toBe(1299.5);
    expect(parseNumber("1,299", any)).toBe(1299);
    expect(parseNumber("0,30", any)).toBe(0.3);
    expect(parseNumber("12,5", any)).toBe(12.5);
    expect(parseNumber("0,300", any)).toBe(0.3);
    expect(parseNumber("1.", any)).toBe(1);
    expect(parseNumber("1,234,567.5", any)).toBe(1_234_567.5);
  });

  it("rejects signs, words, empty input, out-of-range values and too many decimals", () => {
    for (const text of ["", "-1", "1e3", "abc", "1.2.3", "1,2,3.4,5"]) expect(parseNumber(text, any), text).toBeNull();
    expect(parseNumber("169", { min: 0, max: 168, decimals: 1 })).toBeNull();
    expect(parseNumber("0.25", { min: 0, max: 10, decimals: 1 })).toBeNull();
    expect(parseNumber("0", { min: 1, max: 10, decimals: 0 })).toBeNull();
  });
});

describe("toScaledInt", () => {
  it("scales without float noise", () => {
    expect(toScaledInt(1.006, 5)).toBe(100_600);
    expect(toScaledInt(0.29, 5)).toBe(29_000);
    expect(toScaledInt(0.1 + 0.2, 2)).toBe(30);
  });
});
