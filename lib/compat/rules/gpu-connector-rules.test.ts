import { describe, expect, it } from "vitest";
import type { GpuSpecs, PsuSpecs } from "../../parts/specs";
import { item, makeBuild, part } from "../fixtures/make";
import { evga750G3, gtx1080TiFe } from "../fixtures/parts-2017";
import { rm850x, rtx4090Fe, teslaK80 } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const psu = (specs: PsuSpecs) => part("psu", "Test PSU", specs);
const gpu = (specs: GpuSpecs) => part("gpu", "Test GPU", specs);

describe("psu.gpu-connectors", () => {
  it("passes when the 6+2-pin plugs cover every 8-pin and 6-pin input", () => {
    // Two 1080 Ti: 2 x (8-pin + 6-pin) = 4 plugs, the 750 G3 has 4.
    expect(ruleFindings(makeBuild([item("g", gtx1080TiFe, 2), item("p", evga750G3)]), RULE_IDS.psuGpuConnectors)).toEqual([]);
  });

  it("errors when the GPUs need more plugs than the PSU has", () => {
    const f = onlyFinding(makeBuild([item("g", gtx1080TiFe, 3), item("p", evga750G3)]), RULE_IDS.psuGpuConnectors);
    expect(f.severity).toBe("error");
    expect(f.message).toBe("3 x EVGA GeForce GTX 1080 Ti Founders Edition need 6 PCIe 8-pin plugs (6 for 6/8-pin inputs); EVGA SuperNOVA 750 G3 has 4.");
  });

  it("uses a native 16-pin plug when the PSU has one", () => {
    const atx3 = psu({ connectors: { pcie8: 0, pin16: 1 } });
    expect(ruleFindings(makeBuild([item("g", rtx4090Fe), item("p", atx3)]), RULE_IDS.psuGpuConnectors)).toEqual([]);
  });

  it("notes a 16-pin input fed by the adapter: 3 plugs for a 450 W card", () => {
    const f = onlyFinding(makeBuild([item("g", rtx4090Fe), item("p", rm850x)]), RULE_IDS.psuGpuConnectors);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("the adapters use 3 of its 6 PCIe 8-pin plugs");
  });

  it("errors when adapters for several 16-pin inputs run out of plugs", () => {
    const f = onlyFinding(makeBuild([item("g", rtx4090Fe, 4), item("p", rm850x)]), RULE_IDS.psuGpuConnectors);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("need 12 PCIe 8-pin plugs (0 for 6/8-pin inputs, 12 for 4 16-pin adapters)");
  });

  it("sizes an adapter for a 600 W card at 4 plugs", () => {
    const rtx5090 = gpu({ boardPowerW: 575, powerConnectors: { pin16: 1 } });
    const f = onlyFinding(makeBuild([item("g", rtx5090), item("p", psu({ connectors: { pcie8: 3 } }))]), RULE_IDS.psuGpuConnectors);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("Could not check");
    expect(f.message).toContain("native 16-pin plug count");
    const known = onlyFinding(makeBuild([item("g", rtx5090), item("p", psu({ connectors: { pcie8: 3, pin16: 0 } }))]), RULE_IDS.psuGpuConnectors);
    expect(known.message).toContain("need 4 PCIe 8-pin plugs");
  });

  it("keeps one EPS plug for the CPU when data-centre GPUs take EPS inputs", () => {
    const twoEps = psu({ connectors: { pcie8: 0, eps8: 2 } });
    expect(ruleFindings(makeBuild([item("g", teslaK80), item("p", twoEps)]), RULE_IDS.psuGpuConnectors)).toEqual([]);
    const f = onlyFinding(makeBuild([item("g", teslaK80, 2), item("p", twoEps)]), RULE_IDS.psuGpuConnectors);
    expect(f.message).toBe("The GPUs take 2 EPS 8-pin plugs and the CPU at least one more (3); Test PSU has 2.");
  });

  it("notes GPUs with unknown connectors and PSUs with unknown plug counts", () => {
    const unknownGpu = onlyFinding(makeBuild([item("g", gpu({})), item("p", evga750G3)]), RULE_IDS.psuGpuConnectors);
    expect(unknownGpu.message).toContain("its power connector list is unknown");
    const unknownPsu = onlyFinding(makeBuild([item("g", gtx1080TiFe), item("p", psu({}))]), RULE_IDS.psuGpuConnectors);
    expect(unknownPsu.message).toContain("the PCIe 8-pin plug count of Test PSU is unknown");
  });

  it("gives native plugs to the costliest adapters first, whatever the mix of cards", () => {
    // A 600 W card's adapter takes 4 plugs, a 300 W card's 2; the one native plug serves the 600 W
    // card, leaving 2 plugs for the other: 2 + 2 (its 8-pins) = 4 of the PSU's 4.
    const big = part("gpu", "Big", { boardPowerW: 600, powerConnectors: { pin16: 1 } });
    const small = part("gpu", "Small", { boardPowerW: 300, powerConnectors: { pin16: 1, pin8: 2 } });
    const unit = psu({ connectors: { pcie8: 4, pin16: 1 } });
    const f = onlyFinding(makeBuild([item("a", big), item("b", small), item("p", unit)]), RULE_IDS.psuGpuConnectors);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("the adapters use 2 of its 4 PCIe 8-pin plugs");
  });

  it("counts a billion 16-pin inputs without listing them (a stored spec from before the bounds)", () => {
    // Issue 13: one element per connector aborted the process at 1e9 and took 0.75 s at 1e7.
    const absurd = gpu({ boardPowerW: 450, powerConnectors: { pin16: 1_000_000_000 } });
    const started = performance.now();
    const f = onlyFinding(makeBuild([item("g", absurd, 99), item("p", rm850x)]), RULE_IDS.psuGpuConnectors);
    expect(performance.now() - started).toBeLessThan(50);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("99000000000 16-pin adapters");
  });
});
