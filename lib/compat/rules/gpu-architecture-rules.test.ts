import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../fixtures/make";
import { gtx1080TiFe } from "../fixtures/parts-2017";
import { rtx4090Fe, teslaK80 } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { architectureFromCc } from "../gpu-architectures";
import { RULE_IDS } from "../rule-ids";

describe("dl.legacy-architecture", () => {
  it("passes a current architecture", () => {
    expect(ruleFindings(makeBuild([item("g", rtx4090Fe)]), RULE_IDS.dlLegacyArchitecture)).toEqual([]);
  });

  it("warns about Kepler (K80): no current framework build", () => {
    const f = onlyFinding(makeBuild([item("g", teslaK80)]), RULE_IDS.dlLegacyArchitecture);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("R470");
    expect(f.message).toContain("no current PyTorch");
  });

  it("notes Pascal's last driver branch and wheel", () => {
    const f = onlyFinding(makeBuild([item("g", gtx1080TiFe)]), RULE_IDS.dlLegacyArchitecture);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("R580");
    expect(f.message).toContain("cu126");
  });

  it("derives the architecture from the compute capability", () => {
    const ccOnly = part("gpu", "CC-only Kepler", { computeCapability: "3.5" });
    expect(onlyFinding(makeBuild([item("g", ccOnly)]), RULE_IDS.dlLegacyArchitecture).severity).toBe("warning");
    expect(["5.2", "6.1", "7.0", "7.5", "8.6", "8.9", "9.0", "12.0"].map(architectureFromCc)).toEqual([
      "Maxwell", "Pascal", "Volta", "Turing", "Ampere", "Ada", "Hopper", "Blackwell",
    ]);
  });

  it("notes an unknown architecture on an NVIDIA or unknown-vendor card, not on AMD", () => {
    expect(onlyFinding(makeBuild([item("g", part("gpu", "X", {}))]), RULE_IDS.dlLegacyArchitecture).severity).toBe("note");
    const amd = part("gpu", "Radeon", { vendor: "amd" });
    expect(ruleFindings(makeBuild([item("g", amd)]), RULE_IDS.dlLegacyArchitecture)).toEqual([]);
  });
});

describe("dl.mixed-architectures", () => {
  it("passes identical cards, even as several lines", () => {
    expect(ruleFindings(makeBuild([item("a", rtx4090Fe), item("b", rtx4090Fe)]), RULE_IDS.dlMixedArchitectures)).toEqual([]);
  });

  it("notes Pascal with Ada and the shared driver window", () => {
    const f = onlyFinding(makeBuild([item("a", gtx1080TiFe), item("b", rtx4090Fe)]), RULE_IDS.dlMixedArchitectures);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("Pascal and Ada");
    expect(f.message).toContain("R520-R580");
  });

  it("says when no single driver branch covers the mix (Kepler with Ada)", () => {
    const f = onlyFinding(makeBuild([item("a", teslaK80), item("b", rtx4090Fe)]), RULE_IDS.dlMixedArchitectures);
    expect(f.message).toContain("no single driver branch");
  });

  it("notes mixed vendors", () => {
    const amd = part("gpu", "Radeon RX 7900 XTX", { vendor: "amd", architecture: "RDNA3" });
    expect(onlyFinding(makeBuild([item("a", amd), item("b", rtx4090Fe)]), RULE_IDS.dlMixedArchitectures).message).toContain("amd and nvidia");
  });

  it("notes unknown architectures", () => {
    const f = onlyFinding(makeBuild([item("a", part("gpu", "X", {})), item("b", rtx4090Fe)]), RULE_IDS.dlMixedArchitectures);
    expect(f.message).toContain("the architecture of X is unknown");
  });
});
