import { describe, expect, it } from "vitest";
import { catalogPart } from "../fixtures/catalog-parts";
import { dataCentreDesktop } from "../fixtures/issue-15-builds";
import { item, makeBuild, part } from "../fixtures/make";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

// Issue #15, item 1: SXM modules (A100 SXM4, H100 SXM5) were accepted as add-in cards.
describe("gpu.module-form", () => {
  it("errors on an A100 SXM4 module in a desktop build, naming the PCIe alternative", () => {
    const f = onlyFinding(dataCentreDesktop, RULE_IDS.gpuModuleForm);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("NVIDIA A100 SXM4 80GB is an SXM module, not a PCIe card");
    expect(f.message).toContain("NVIDIA HGX baseboard");
    expect(f.message).toContain("choose the A100 PCIe");
    expect(f.itemIds).toEqual(["board", "sxm"]);
  });

  it("errors on an H100 SXM5 and on a custom part named SXM", () => {
    expect(onlyFinding(makeBuild([item("g", catalogPart("gpu-nvidia-h100-sxm5-80gb"))]), RULE_IDS.gpuModuleForm).message).toContain("H100 PCIe");
    expect(onlyFinding(makeBuild([item("g", part("gpu", "Used B200 SXM6 board", {}, null))]), RULE_IDS.gpuModuleForm).severity).toBe("error");
  });

  it("passes PCIe cards", () => {
    expect(ruleFindings(makeBuild([item("g", catalogPart("gpu-nvidia-a100-pcie-40gb"))]), RULE_IDS.gpuModuleForm)).toEqual([]);
  });
});

// Issue #15, item 2: passive data-centre cards in a desktop case got no finding.
describe("gpu.passive-cooling", () => {
  it("warns about a passive H100 PCIe in a Define 7 XL and says what to do", () => {
    const f = onlyFinding(dataCentreDesktop, RULE_IDS.gpuPassiveCooling);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("passively cooled");
    expect(f.message).toContain("GPU server chassis");
    expect(f.message).toContain("blower fan shroud");
    expect(f.itemIds).toEqual(["case", "gpu"]);
  });

  it.each(["gpu-nvidia-tesla-k80", "gpu-nvidia-tesla-p100-pcie-16gb", "gpu-nvidia-tesla-v100-pcie-16gb", "gpu-nvidia-tesla-t4", "gpu-nvidia-a100-pcie-40gb"])(
    "warns for %s without a case too",
    (id) => {
      expect(onlyFinding(makeBuild([item("g", catalogPart(id))]), RULE_IDS.gpuPassiveCooling).message).toContain("In a desktop case it will overheat");
    },
  );

  it("passes in a rackmount chassis, and notes a case of unknown type", () => {
    const rack = part("case", "4U GPU server chassis", { type: "Rackmount" });
    const k80 = catalogPart("gpu-nvidia-tesla-k80");
    expect(ruleFindings(makeBuild([item("g", k80), item("c", rack)]), RULE_IDS.gpuPassiveCooling)).toEqual([]);
    expect(onlyFinding(makeBuild([item("g", k80), item("c", part("case", "Mystery case", {}))]), RULE_IDS.gpuPassiveCooling).severity).toBe("note");
  });

  it("ignores actively cooled cards", () => {
    expect(ruleFindings(makeBuild([item("g", catalogPart("gpu-nvidia-rtx-a6000"))]), RULE_IDS.gpuPassiveCooling)).toEqual([]);
  });
});
