import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCY_INFO, formatDecimal, formatMoney, type ImportCurrency } from "./money";
import { parseMoney } from "./parse-money";

describe("formatMoney", () => {
  it("formats like PCPartPicker, with CA$ and AU$ shown as a bare $", () => {
    expect(formatMoney(228000, "USD")).toBe("$2,280.00");
    expect(formatMoney(-2000, "USD")).toBe("-$20.00");
    expect(formatMoney(5, "CAD")).toBe("$0.05");
    expect(formatMoney(123456, "AUD")).toBe("$1,234.56");
    expect(formatMoney(123456, "EUR")).toBe("€1,234.56");
    expect(formatMoney(99, "GBP")).toBe("£0.99");
    expect(formatMoney(1234567, "JPY")).toBe("¥1,234,567");
    expect(formatMoney(150000, "SEK")).toBe("1,500.00 kr");
  });

  it("formats plain decimals for spreadsheets", () => {
    expect(formatDecimal(123450, "USD")).toBe("1234.50");
    expect(formatDecimal(-7, "EUR")).toBe("-0.07");
    expect(formatDecimal(5000, "JPY")).toBe("5000");
  });
});

describe("parseMoney", () => {
  it.each([
    ["$339.99", 33999, null],
    ["$2,280.00", 228000, null],
    ["$1104.92", 110492, null],
    ["-$20.00", -2000, null],
    ["$-20.00", -2000, null],
    ["CA$1,049.99", 104999, "CAD"],
    ["AU$99", 9900, "AUD"],
    ["€123,45", 12345, "EUR"],
    ["123,45 €", 12345, "EUR"],
    ["1.234,56 €", 123456, "EUR"],
    ["€1.234,56", 123456, "EUR"],
    ["1 234,56 €", 123456, "EUR"],
    ["£1,234.56", 123456, "GBP"],
    ["$1,234", 123400, null],
    ["1.234 €", 123400, "EUR"],
    ["¥12,000", 12000, "JPY"],
    ["1 299,00 kr", 129900, "SEK"],
    ["₹45,999.00", 4599900, "INR"],
    ["339.99", 33999, null],
  ] as const)("reads %s", (text, minor, currency) => {
    expect(parseMoney(text)).toMatchObject({ minor, currency });
  });

  it.each(["", "abc", "$", "$1.2345", "$1,", "€1€", "--$5", "$12345678901234"])("rejects %j", (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it("reads back whatever formatMoney writes, in every currency", () => {
    const currencies = Object.keys(CURRENCY_INFO) as ImportCurrency[];
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), (currency, minor) => {
        const parsed = parseMoney(formatMoney(minor, currency), currency);
        expect(parsed?.minor).toBe(minor);
      }),
    );
  });
});
