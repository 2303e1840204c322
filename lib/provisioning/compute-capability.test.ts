import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCc, parseCc, runsOn, smName } from "./compute-capability";

const cc = (text: string) => {
  const parsed = parseCc(text);
  if (!parsed) throw new Error(`bad cc ${text}`);
  return parsed;
};

describe("compute capability", () => {
  it("parses and names capabilities", () => {
    expect(parseCc("6.1")).toEqual({ major: 6, minor: 1 });
    expect(parseCc("12.0")).toEqual({ major: 12, minor: 0 });
    expect(parseCc("sm_61")).toBeNull();
    expect(parseCc("6")).toBeNull();
    expect(smName(cc("12.0"))).toBe("sm_120");
    expect(compareCc(cc("8.9"), cc("9.0"))).toBeLessThan(0);
    expect(compareCc(cc("10.0"), cc("9.0"))).toBeGreaterThan(0);
  });

  it("runs SASS on the same major with an equal or higher minor only", () => {
    const code = { sass: ["6.0", "8.6"], ptx: [] };
    expect(runsOn(code, cc("6.1"))).toEqual({ via: "sass", target: "6.0" });
    expect(runsOn(code, cc("8.9"))).toEqual({ via: "sass", target: "8.6" });
    expect(runsOn(code, cc("8.0"))).toBeNull();
    expect(runsOn(code, cc("7.5"))).toBeNull();
    expect(runsOn(code, cc("9.0"))).toBeNull();
  });

  it("JIT-compiles PTX on any newer device, preferring SASS when both fit", () => {
    const code = { sass: ["8.0"], ptx: ["9.0"] };
    expect(runsOn(code, cc("12.0"))).toEqual({ via: "ptx", target: "9.0" });
    expect(runsOn(code, cc("8.6"))).toEqual({ via: "sass", target: "8.0" });
    expect(runsOn(code, cc("7.5"))).toBeNull();
  });

  it("never runs code built for a newer device (property)", () => {
    const ccArb = fc.record({ major: fc.integer({ min: 3, max: 12 }), minor: fc.integer({ min: 0, max: 9 }) });
    fc.assert(
      fc.property(ccArb, fc.array(ccArb, { maxLength: 6 }), fc.array(ccArb, { maxLength: 3 }), (device, sass, ptx) => {
        const text = (c: { major: number; minor: number }) => `${c.major}.${c.minor}`;
        const match = runsOn({ sass: sass.map(text), ptx: ptx.map(text) }, device);
        if (!match) return;
        const target = cc(match.target);
        expect(compareCc(target, device)).toBeLessThanOrEqual(0);
        if (match.via === "sass") expect(target.major).toBe(device.major);
      }),
    );
  });
});
