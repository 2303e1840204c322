import { describe, expect, it } from "vitest";
import type { CpuCoolerSpecs } from "../../parts/specs";
import { item, makeBuild, part } from "../fixtures/make";
import { citMirageF6, defineR5, gtx1080TiFe, hyper212Evo } from "../fixtures/parts-2017";
import { lianLiTu200, rtx4080Windforce } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const cooler = (specs: CpuCoolerSpecs) => part("cpu-cooler", "Test cooler", specs);

describe("case.gpu-length", () => {
  it("passes a card shorter than the clearance", () => {
    expect(ruleFindings(makeBuild([item("g", gtx1080TiFe), item("c", defineR5)]), RULE_IDS.caseGpuLength)).toEqual([]);
  });

  it("passes a card exactly as long as the clearance", () => {
    const exact = part("gpu", "300 mm card", { lengthMm: 300 });
    expect(ruleFindings(makeBuild([item("g", exact), item("c", citMirageF6)]), RULE_IDS.caseGpuLength)).toEqual([]);
  });

  it("errors with both lengths in the message", () => {
    const f = onlyFinding(makeBuild([item("g", rtx4080Windforce), item("c", citMirageF6)]), RULE_IDS.caseGpuLength);
    expect(f.severity).toBe("error");
    expect(f.message).toBe("CiT Mirage F6 fits GPUs up to 300 mm; Gigabyte WINDFORCE GeForce RTX 4080 16GB is 330 mm.");
    expect(f.itemIds).toEqual(["c", "g"]);
  });

  it("checks every GPU line and notes unknown lengths", () => {
    const unknown = part("gpu", "No-length card", {});
    const found = ruleFindings(makeBuild([item("g1", rtx4080Windforce), item("g2", unknown), item("c", citMirageF6)]), RULE_IDS.caseGpuLength);
    expect(found.map((f) => f.severity)).toEqual(["error", "note"]);
  });
});

describe("case.cooler-height", () => {
  it("passes a 159 mm cooler in a 180 mm case", () => {
    expect(ruleFindings(makeBuild([item("k", hyper212Evo), item("c", defineR5)]), RULE_IDS.caseCoolerHeight)).toEqual([]);
  });

  it("errors for a cooler taller than the clearance", () => {
    const tall = cooler({ type: "air", heightMm: 190 });
    const f = onlyFinding(makeBuild([item("k", tall), item("c", defineR5)]), RULE_IDS.caseCoolerHeight);
    expect(f.message).toBe("Fractal Design Define R5 fits CPU coolers up to 180 mm tall; Test cooler is 190 mm.");
  });

  it("notes an unknown clearance", () => {
    const f = onlyFinding(makeBuild([item("k", hyper212Evo), item("c", lianLiTu200)]), RULE_IDS.caseCoolerHeight);
    expect(f.severity).toBe("note");
  });
});

describe("case.radiator", () => {
  it("passes a listed size and a shorter radiator of the same fan size", () => {
    const r240 = cooler({ type: "liquid", radiatorMm: 240 });
    const onlyLong = part("case", "360-only case", { radiatorSupportMm: [360] });
    expect(ruleFindings(makeBuild([item("k", r240), item("c", defineR5)]), RULE_IDS.caseRadiator)).toEqual([]);
    expect(ruleFindings(makeBuild([item("k", r240), item("c", onlyLong)]), RULE_IDS.caseRadiator)).toEqual([]);
  });

  it("errors for an unsupported size, and does not check a liquid cooler's height", () => {
    const r420 = cooler({ type: "liquid", radiatorMm: 420, heightMm: 500 });
    const build = makeBuild([item("k", r420), item("c", defineR5)]);
    expect(onlyFinding(build, RULE_IDS.caseRadiator).message).toContain("supports 120, 140, 240, 280, 360 mm radiators; Test cooler has a 420 mm radiator");
    expect(ruleFindings(build, RULE_IDS.caseCoolerHeight)).toEqual([]);
  });

  it("errors when the case has no radiator mount at all", () => {
    const none = part("case", "No-mount case", { radiatorSupportMm: [] });
    const f = onlyFinding(makeBuild([item("k", cooler({ type: "liquid", radiatorMm: 120 })), item("c", none)]), RULE_IDS.caseRadiator);
    expect(f.message).toContain("has no radiator mount");
  });

  it("treats a cooler of unknown type with a radiator as liquid, and notes unknown support", () => {
    const f = onlyFinding(makeBuild([item("k", cooler({ radiatorMm: 280 })), item("c", lianLiTu200)]), RULE_IDS.caseRadiator);
    expect(f.severity).toBe("note");
  });
});
