import { describe, expect, it } from "vitest";
import { formatMoneyCompact, formatMoneyPrecise, formatMoneyWhole } from "./format-money-short";

describe("short money formats", () => {
  it("rounds to whole units and compacts axis labels", () => {
    expect(formatMoneyWhole(216_591, "USD")).toBe("$2,166");
    expect(formatMoneyWhole(330_000, "JPY")).toBe("¥330,000");
    expect(formatMoneyCompact(250_000, "USD")).toBe("$2.5K");
    expect(formatMoneyCompact(0, "EUR")).toBe("€0");
  });

  it("keeps sub-cent hourly prices", () => {
    expect(formatMoneyPrecise(100_600, "USD")).toBe("$1.006");
    expect(formatMoneyPrecise(90_000, "USD")).toBe("$0.90");
    expect(formatMoneyPrecise(31_000, "JPY")).toBe("¥31");
  });
});
