import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitTrailingPartNumber } from "./part-number";

describe("splitTrailingPartNumber", () => {
  it("reads a trailing part number and leaves other parentheses alone", () => {
    expect(splitTrailingPartNumber("Samsung 960 EVO 500GB (MZ-V6E500BW)")).toEqual({ name: "Samsung 960 EVO 500GB", partNumber: "MZ-V6E500BW" });
    expect(splitTrailingPartNumber("SuperNOVA 850 G3 (220-G3-0850-X1) ")).toEqual({ name: "SuperNOVA 850 G3", partNumber: "220-G3-0850-X1" });
    expect(splitTrailingPartNumber("Define C (Black)")).toBeNull();
    expect(splitTrailingPartNumber("Kit (2x8GB)")).toBeNull();
  });

  it("agrees with the regex it replaces", () => {
    const regex = /\s*\((?=[^)]*[A-Za-z])(?=[^)]*\d)([A-Za-z0-9][A-Za-z0-9./-]{5,})\)\s*$/;
    const old = (s: string) => {
      const m = regex.exec(s);
      return m ? { name: s.slice(0, m.index), partNumber: m[1] } : null;
    };
    const text = fc.string({ unit: fc.constantFrom(..."aZ09-./() \t".split("")), maxLength: 24 });
    fc.assert(fc.property(text, (s) => { expect(splitTrailingPartNumber(s)).toEqual(old(s)); }), { numRuns: 30_000 });
  });
});
