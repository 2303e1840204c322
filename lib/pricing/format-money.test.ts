import { describe, expect, it } from "vitest";
import { formatMoney, minorDigits } from "./format-money";

describe("formatMoney", () => {
  it("formats minor units in the build currency", () => {
    expect(formatMoney(123456, "USD")).toBe("$1,234.56");
    expect(formatMoney(5, "USD")).toBe("$0.05");
    expect(formatMoney(123456, "EUR")).toBe("€1,234.56");
    expect(formatMoney(123456, "GBP")).toBe("£1,234.56");
  });

  it("treats JPY amounts as whole yen (0 minor digits)", () => {
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("USD")).toBe(2);
    expect(formatMoney(123456, "JPY")).toBe("¥123,456");
  });

  it("honours a locale", () => {
    expect(formatMoney(123456, "EUR", "de-DE")).toBe("1.234,56\u00a0€");
  });

  it("falls back to a plain amount for a malformed currency code", () => {
    expect(formatMoney(123456, "DOLLARS")).toBe("1234.56 DOLLARS");
  });
});
