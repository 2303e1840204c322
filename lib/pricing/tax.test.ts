import { describe, expect, it } from "vitest";
import { taxCents } from "./tax";

describe("taxCents", () => {
  it("rounds half up: 8.25% of $10.00 and of odd cents", () => {
    expect(taxCents(1000, 8250)).toBe(83); // 82.5 -> 83
    expect(taxCents(1001, 8250)).toBe(83); // 82.58 -> 83
    expect(taxCents(999, 8250)).toBe(82); // 82.4175 -> 82
    expect(taxCents(200, 2500)).toBe(5); // exactly 5
    expect(taxCents(2, 25000)).toBe(1); // 0.5 -> 1
    expect(taxCents(1, 25000)).toBe(0); // 0.25 -> 0
  });

  it("is zero for no tax or nothing taxable", () => {
    expect(taxCents(0, 8250)).toBe(0);
    expect(taxCents(123456, 0)).toBe(0);
  });

  it("stays exact beyond 2^53 intermediate products", () => {
    const taxable = 63_360_000_000_000; // 64 items x 99 x $100M cap, the draft's extremes.
    expect(Number.isSafeInteger(taxable * 99_999)).toBe(false);
    const exact = (BigInt(taxable) * 99_999n + 50_000n) / 100_000n;
    expect(taxCents(taxable, 99_999)).toBe(Number(exact));
  });

  it("agrees with the BigInt formula on a sweep of amounts and rates", () => {
    for (let cents = 0; cents < 5000; cents += 37) {
      for (const rate of [1, 999, 5000, 8250, 8875, 20_000, 100_000]) {
        const expected = Number((BigInt(cents) * BigInt(rate) + 50_000n) / 100_000n);
        expect(taxCents(cents, rate)).toBe(expected);
      }
    }
  });
});
