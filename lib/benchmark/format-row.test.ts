import { describe, expect, it } from "vitest";
import { splitCodeSpans } from "./code-spans";
import { benchmarkFileNames } from "./file-names";
import { describeExpected, formatQuantity, formatShare, formatUtc, passThreshold } from "./format-row";

describe("formatQuantity", () => {
  it("writes units the way the checklist does", () => {
    expect(formatQuantity(3, "gen")).toBe("Gen 3");
    expect(formatQuantity(16, "lanes")).toBe("x16");
    expect(formatQuantity(580, "branch")).toBe("R580");
    expect(formatQuantity(84, "C")).toBe("84 °C");
    expect(formatQuantity(9.874, "TFLOPS")).toBe("9.87 TFLOPS");
    expect(formatQuantity(3008, "GB/s")).toBe("3,008 GB/s");
  });
});

describe("describeExpected", () => {
  it("shows the pass floor and where it comes from", () => {
    expect(describeExpected({ metric: "m", value: 11.34, unit: "TFLOPS", minShare: 0.6 })).toBe("≥ 6.8 TFLOPS (60% of 11.34 TFLOPS)");
    expect(describeExpected({ metric: "m", value: 3000, unit: "MT/s" })).toBe("≥ 3,000 MT/s");
  });

  it("shows a ceiling for lower-is-better items, and a plain zero for error budgets", () => {
    expect(describeExpected({ metric: "m", value: 0.7, unit: "s/epoch", minShare: 0.5, better: "lower" })).toBe("≤ 1.4 s/epoch (expected 0.7 s/epoch)");
    expect(describeExpected({ metric: "m", value: 85, unit: "C", better: "lower" })).toBe("≤ 85 °C");
    expect(describeExpected({ metric: "m", value: 0, unit: "errors", better: "lower" })).toBe("0 errors");
    expect(passThreshold({ metric: "m", value: 0.7, unit: "s/epoch", minShare: 0.5, better: "lower" })).toBe(1.4);
    expect(formatShare(0.8707)).toBe("87%");
  });
});

describe("splitCodeSpans", () => {
  it("turns backtick spans into code and keeps the rest as text", () => {
    expect(splitCodeSpans("on Linux `free -g` or `lsblk`.")).toEqual([
      { text: "on Linux ", code: false }, { text: "free -g", code: true }, { text: " or ", code: false }, { text: "lsblk", code: true }, { text: ".", code: false },
    ]);
    expect(splitCodeSpans("a ` stray")).toEqual([{ text: "a ` stray", code: false }]);
    expect(splitCodeSpans("")).toEqual([]);
  });
});

describe("benchmarkFileNames", () => {
  it("slugs the build name into header-safe names", () => {
    expect(benchmarkFileNames("Weekend deep-learning box (2017)")).toEqual({
      checklist: "weekend-deep-learning-box-2017-checklist.md",
      script: "weekend-deep-learning-box-2017-benchmark.sh",
    });
    expect(benchmarkFileNames('Ünïcode "box"; rm -rf /').script).toBe("unicode-box-rm-rf-benchmark.sh");
    expect(benchmarkFileNames("!!!").checklist).toBe("build-checklist.md");
  });
});

describe("formatUtc", () => {
  it("prints any offset as UTC to the minute, and leaves unparseable text alone", () => {
    expect(formatUtc("2026-11-21T19:02:11Z")).toBe("2026-11-21 19:02 UTC");
    expect(formatUtc("2026-11-22T01:30:00+02:00")).toBe("2026-11-21 23:30 UTC");
    expect(formatUtc("yesterday")).toBe("yesterday");
  });
});
