import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../fixtures/make";
import { rtx4090Fe } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

// ROCm/rocm-docs docs/data/gpus.yaml: RX 7900 XTX = gfx1100 and RX 9070 XT = gfx1201 (listed);
// gfx1030 is listed only for the PRO W6800 and V620, so the consumer RX 6800 XT is not.
const rx7900xtx = part("gpu", "AMD Radeon RX 7900 XTX", { vendor: "amd", chipset: "Radeon RX 7900 XTX", architecture: "RDNA3" });
const rx6800xt = part("gpu", "AMD Radeon RX 6800 XT", { vendor: "amd", chipset: "Radeon RX 6800 XT", architecture: "RDNA2" });
const mi210 = part("gpu", "AMD Instinct MI210", { vendor: "amd", architecture: "CDNA" });
const arcB580 = part("gpu", "Intel Arc B580", { vendor: "intel", architecture: "Battlemage" });

describe("dl.gpu-software-stack", () => {
  it("says nothing about NVIDIA cards (their rules are the architecture ones)", () => {
    expect(ruleFindings(makeBuild([item("g", rtx4090Fe)]), RULE_IDS.dlGpuSoftwareStack)).toEqual([]);
  });

  it("notes a ROCm-supported Radeon or Instinct card and what the setup script installs", () => {
    for (const gpu of [rx7900xtx, mi210]) {
      const f = onlyFinding(makeBuild([item("g", gpu)]), RULE_IDS.dlGpuSoftwareStack);
      expect(f.severity).toBe("note");
      expect(f.message).toMatch(/\((gfx1100|gfx90a)\) is on ROCm 10\.0's supported-GPU list: the setup script installs the amdgpu driver, ROCm/);
    }
  });

  it("warns about an AMD card outside ROCm's list, naming its target", () => {
    const f = onlyFinding(makeBuild([item("g", rx6800xt)]), RULE_IDS.dlGpuSoftwareStack);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("AMD Radeon RX 6800 XT (gfx1030) is not on ROCm 10.0's supported-GPU list");
    expect(f.itemIds).toEqual(["g"]);
  });

  it("warns about an AMD card it cannot identify", () => {
    const f = onlyFinding(makeBuild([item("g", part("gpu", "Radeon something", { vendor: "amd" }))]), RULE_IDS.dlGpuSoftwareStack);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("not recognised as a model on ROCm 10.0's supported-GPU list");
  });

  it("warns that Intel Arc gets no GPU stack from the setup script yet", () => {
    const f = onlyFinding(makeBuild([item("g", arcB580)]), RULE_IDS.dlGpuSoftwareStack);
    expect(f.severity).toBe("warning");
    expect(f.message).toMatch(/Intel Arc runs PyTorch through torch\.xpu .* does not install Intel's GPU stack yet/);
  });
});
