import { describe, expect, it } from "vitest";
import { centsToInput, parseMoneyInput } from "./money-input";

describe("money input", () => {
  it.each([
    ["1,299.99", 129999],
    ["$45", 4500],
    ["0.5", 50],
    ["12.", 1200],
    ["  7.05 ", 705],
  ])("parses %s", (text, cents) => expect(parseMoneyInput(text)).toEqual({ ok: true, cents }));

  it("treats an empty box as unknown and rejects nonsense", () => {
    expect(parseMoneyInput("")).toEqual({ ok: true, cents: null });
    for (const bad of ["-5", "1.234", "abc", "1e5", "12.3.4"]) expect(parseMoneyInput(bad)).toEqual({ ok: false });
  });

  it("formats cents back without float error", () => {
    expect(centsToInput(129999)).toBe("1299.99");
    expect(centsToInput(5)).toBe("0.05");
    expect(centsToInput(null)).toBe("");
    expect(parseMoneyInput(centsToInput(1005))).toEqual({ ok: true, cents: 1005 });
  });
});
