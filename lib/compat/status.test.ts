import { describe, expect, it } from "vitest";
import { build2017 } from "./fixtures/builds";
import { item, makeBuild, withoutItem } from "./fixtures/make";
import { i7_7700k } from "./fixtures/parts-2017";
import { compareFindings, statusOf } from "./status";
import type { Finding } from "./types";
import { checkCompatibility } from "./check-compatibility";

const f = (severity: Finding["severity"], ruleId = "x.rule", itemIds: string[] = [], message = "m"): Finding => ({
  ruleId,
  severity,
  message,
  itemIds,
});

describe("statusOf", () => {
  it("is incompatible on any error, even when parts are missing", () => {
    expect(statusOf([f("note"), f("error")], ["case"])).toBe("incompatible");
  });

  it("is incomplete when essentials are missing and nothing is an error", () => {
    expect(statusOf([f("warning")], ["psu"])).toBe("incomplete");
  });

  it("is warnings with a warning, and notes never change the status", () => {
    expect(statusOf([f("warning"), f("note")], [])).toBe("warnings");
    expect(statusOf([f("note"), f("note")], [])).toBe("compatible");
    expect(statusOf([], [])).toBe("compatible");
  });
});

describe("compareFindings", () => {
  it("orders by severity, rule id, item ids, then message", () => {
    const list = [
      f("note", "a.rule"),
      f("warning", "b.rule", ["z"]),
      f("error", "z.rule"),
      f("warning", "b.rule", ["a", "b"]),
      f("warning", "b.rule", ["a"]),
      f("warning", "a.rule", [], "second"),
      f("warning", "a.rule", [], "first"),
    ];
    const sorted = [...list].sort(compareFindings);
    expect(sorted.map((x) => `${x.severity}:${x.ruleId}:${x.itemIds.join("+")}:${x.message}`)).toEqual([
      "error:z.rule::m",
      "warning:a.rule::first",
      "warning:a.rule::second",
      "warning:b.rule:a:m",
      "warning:b.rule:a+b:m",
      "warning:b.rule:z:m",
      "note:a.rule::m",
    ]);
  });
});

describe("checkCompatibility status", () => {
  it("treats a CPU-only build as complete", () => {
    expect(build2017.items.some((i) => i.part.category === "gpu")).toBe(true);
    expect(checkCompatibility(withoutItem(build2017, "gpu")).status).toBe("compatible");
  });

  it("reports an empty build and a lone CPU as incomplete", () => {
    expect(checkCompatibility(makeBuild([])).status).toBe("incomplete");
    expect(checkCompatibility(makeBuild([item("c", i7_7700k)])).status).toBe("incomplete");
  });
});
