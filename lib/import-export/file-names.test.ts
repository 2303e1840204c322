import { describe, expect, it } from "vitest";
import { EXPORT_CONTENT_TYPES, exportFileName } from "./file-names";

describe("exportFileName", () => {
  it("slugs the name to ASCII and adds the format's extension", () => {
    expect(exportFileName("Dual 4090 | training box", "markdown")).toBe("dual-4090-training-box.md");
    expect(exportFileName("Ünïcode Büild!", "csv")).toBe("unicode-build.csv");
    expect(exportFileName("", "json")).toBe("build.json");
    expect(exportFileName("日本語", "text")).toBe("build.txt");
    expect(exportFileName("a".repeat(200), "json")).toBe(`${"a".repeat(60)}.json`);
  });

  it("maps each format to its content type", () => {
    expect(EXPORT_CONTENT_TYPES).toEqual({
      markdown: "text/markdown; charset=utf-8",
      text: "text/plain; charset=utf-8",
      json: "application/json",
      csv: "text/csv; charset=utf-8",
    });
  });
});
