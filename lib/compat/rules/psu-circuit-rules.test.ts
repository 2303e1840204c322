import { describe, expect, it } from "vitest";
import { build2017 } from "../fixtures/builds";
import { quad3090On1600W, z790With5090 } from "../fixtures/issue-15-builds";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

// Issue #15, item 6: nothing checked that the wall draw fits a household circuit.
describe("psu.wall-circuit", () => {
  it("4x RTX 3090 in the US: over a 120 V/15 A circuit, with power limits and their measured cost", () => {
    const f = onlyFinding(quad3090On1600W, RULE_IDS.psuWallCircuit);
    expect(f.severity).toBe("warning");
    // 1851 W DC at the AX1600i's 80 PLUS Titanium 115 V full-load point (90%) -> 2057 W > 1440 W.
    expect(f.message).toContain("about 2057 W at the wall (90% efficiency)");
    expect(f.message).toContain("above the 1440 W a North America 120 V / 15 A circuit carries continuously");
    expect(f.message).toContain("-pl 210");
    expect(f.message).toContain("Puget Systems");
    expect(f.message).toContain("second PSU on another circuit");
  });

  it("the same box on a 230 V/16 A circuit (EUR default) fits", () => {
    expect(ruleFindings({ ...quad3090On1600W, currency: "EUR" }, RULE_IDS.psuWallCircuit)).toEqual([]);
    expect(ruleFindings({ ...quad3090On1600W, circuit: "eu-230v-16a" }, RULE_IDS.psuWallCircuit)).toEqual([]);
  });

  it("an explicit circuit beats the currency's default", () => {
    expect(onlyFinding({ ...quad3090On1600W, currency: "EUR", circuit: "eu-230v-10a" }, RULE_IDS.psuWallCircuit).message).toContain("1840 W a 230 V / 10 A circuit");
  });

  it("passes the 2017 box and a single RTX 5090 on a 15 A circuit", () => {
    expect(ruleFindings(build2017, RULE_IDS.psuWallCircuit)).toEqual([]);
    expect(ruleFindings(z790With5090, RULE_IDS.psuWallCircuit)).toEqual([]);
  });

  it("Japan's 100 V/15 A outlet (1200 W continuous) is too small for the 4x 3090 box even when capped", () => {
    const f = onlyFinding({ ...quad3090On1600W, currency: "JPY" }, RULE_IDS.psuWallCircuit);
    expect(f.message).toContain("1200 W a Japan 100 V / 15 A circuit");
    expect(f.message).not.toContain("-pl");
  });
});
