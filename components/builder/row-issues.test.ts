import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/compat/types";
import { rowIssues } from "./row-issues";

const f = (severity: Finding["severity"], itemIds: string[]): Finding => ({ ruleId: "x", severity, message: "m", itemIds });

describe("rowIssues", () => {
  it("marks each line with its errors and warnings and links to the first finding that names it", () => {
    const rows = rowIssues([f("error", ["cpu", "board"]), f("warning", ["psu", "cpu"]), f("note", ["ssd"])]);
    expect(rows.get("cpu")).toEqual({ worst: "error", errors: 1, warnings: 1, anchor: "finding-0" });
    expect(rows.get("psu")).toEqual({ worst: "warning", errors: 0, warnings: 1, anchor: "finding-1" });
    expect(rows.has("ssd")).toBe(false);
  });
});
