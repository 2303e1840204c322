import { describe, expect, it } from "vitest";
import type { CaseSpecs } from "../../parts/specs";
import { item, makeBuild, part } from "../fixtures/make";
import { defineR5, evga750G3, msiZ270GamingM5 } from "../fixtures/parts-2017";
import { asrockZ270Itx, lianLiTu200, wrx80eSage } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const pcCase = (specs: CaseSpecs) => part("case", "Test Case", specs);

describe("case.board-form-factor", () => {
  it("passes for listed form factors and smaller boards in a larger standard", () => {
    expect(ruleFindings(makeBuild([item("b", msiZ270GamingM5), item("c", defineR5)]), RULE_IDS.caseBoardFormFactor)).toEqual([]);
    const atxOnly = pcCase({ motherboardFormFactors: ["ATX"] });
    expect(ruleFindings(makeBuild([item("b", asrockZ270Itx), item("c", atxOnly)]), RULE_IDS.caseBoardFormFactor)).toEqual([]);
  });

  it("errors for a board larger than the case takes", () => {
    const f = onlyFinding(makeBuild([item("b", msiZ270GamingM5), item("c", lianLiTu200)]), RULE_IDS.caseBoardFormFactor);
    expect(f.severity).toBe("error");
    expect(f.message).toBe("MSI Z270 GAMING M5 is ATX, but Lian Li PC-TU200 takes only Mini-ITX boards.");
  });

  it("does not let SSI-EEB stand in for E-ATX, or the reverse", () => {
    const eatx = pcCase({ motherboardFormFactors: ["E-ATX"] });
    expect(onlyFinding(makeBuild([item("b", wrx80eSage), item("c", eatx)]), RULE_IDS.caseBoardFormFactor).severity).toBe("error");
  });

  it("notes an unknown form factor", () => {
    expect(onlyFinding(makeBuild([item("b", msiZ270GamingM5), item("c", pcCase({}))]), RULE_IDS.caseBoardFormFactor).severity).toBe("note");
  });
});

describe("case.psu-form-factor", () => {
  const sfx = part("psu", "Corsair SF750", { formFactor: "SFX", wattage: 750 });

  it("passes an ATX PSU in an ATX case", () => {
    expect(ruleFindings(makeBuild([item("p", evga750G3), item("c", defineR5)]), RULE_IDS.casePsuFormFactor)).toEqual([]);
  });

  it("notes an SFX PSU in an ATX mount (bracket needed)", () => {
    const f = onlyFinding(makeBuild([item("p", sfx), item("c", defineR5)]), RULE_IDS.casePsuFormFactor);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("SFX-to-ATX bracket");
  });

  it("errors for an ATX PSU in an SFX-only case", () => {
    const sfxCase = pcCase({ psuFormFactors: ["SFX", "SFX-L"] });
    const f = onlyFinding(makeBuild([item("p", evga750G3), item("c", sfxCase)]), RULE_IDS.casePsuFormFactor);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("takes only SFX, SFX-L power supplies");
  });

  it("notes unknown PSU support", () => {
    const f = onlyFinding(makeBuild([item("p", evga750G3), item("c", lianLiTu200)]), RULE_IDS.casePsuFormFactor);
    expect(f.message).toContain("the PSU support of Lian Li PC-TU200 is unknown");
  });
});
