import { describe, expect, it } from "vitest";
import { SPACE, trimChars, trimEndChars, trimStartChars } from "./trim";

describe("trim by character set", () => {
  it("trims either end or both", () => {
    expect(trimChars("--a-b--", "-")).toBe("a-b");
    expect(trimStartChars("..+a.", ".+")).toBe("a.");
    expect(trimEndChars("1.500", "0")).toBe("1.5");
    expect(trimChars("----", "-")).toBe("");
    expect(trimChars("", "-")).toBe("");
  });

  it("knows the same whitespace as String.prototype.trim", () => {
    const all = SPACE;
    expect(trimChars(`${all}x${all}`, SPACE)).toBe(`${all}x${all}`.trim());
  });

  it("takes linear time on a long run that regexes retry from every position", () => {
    const run = "-".repeat(200_000);
    const started = performance.now();
    expect(trimEndChars(`${run}x${run}`, "-")).toBe(`${run}x`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
