import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../parts/categories";
import { parseSpecs } from "../parts/parse-specs";
import { CUSTOM_SPEC_FIELDS, specsFromForm } from "./custom-spec-fields";

describe("custom part spec fields", () => {
  it("only offers fields the category's schema knows, with valid choices", () => {
    for (const category of CATEGORIES) {
      for (const field of CUSTOM_SPEC_FIELDS[category]) {
        // Plausible values: every number spec has a range (lib/parts/specs.ts).
        const number = field.kind === "number" ? ({ mm: 120, W: 350 } as Record<string, number>)[field.unit ?? ""] ?? 12 : 0;
        const sample = field.kind === "number" ? number : field.kind === "choice" ? field.options[0] : field.key === "computeCapability" ? "8.6" : "AM5";
        expect(parseSpecs(category, { [field.key]: sample }).ok, `${category}.${field.key}`).toBe(true);
      }
    }
  });

  it("turns filled fields into specs the server accepts and leaves empty ones unknown", () => {
    const result = specsFromForm("gpu", { vramGb: "24", boardPowerW: "350", lengthMm: "", computeCapability: "8.6" });
    expect(result).toEqual({ specs: { vramGb: 24, boardPowerW: 350, computeCapability: "8.6" } });
    if ("specs" in result) expect(parseSpecs("gpu", result.specs).ok).toBe(true);
  });

  it("rejects values the checks could not use", () => {
    expect(specsFromForm("psu", { wattage: "-5" })).toEqual({ error: "Wattage must be a positive number" });
    expect(specsFromForm("gpu", { computeCapability: "eight" })).toEqual({ error: "Compute capability looks like 8.6" });
  });
});
