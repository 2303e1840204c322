import { describe, expect, it } from "vitest";
import type { GpuSpecs } from "../../parts/specs";
import { item, makeBuild, part } from "../fixtures/make";
import { gtx1080TiFe, i7_7700k, vengeanceLpx32, vengeanceLpx64 } from "../fixtures/parts-2017";
import { rtx4090Fe } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const gpu = (specs: GpuSpecs, name = "Test GPU") => part("gpu", name, specs);

describe("dl.ram-vs-vram", () => {
  it("passes at twice the VRAM or more", () => {
    expect(ruleFindings(makeBuild([item("m", vengeanceLpx64), item("g", gtx1080TiFe, 2)]), RULE_IDS.dlRamVsVram)).toEqual([]);
  });

  it("notes RAM between 1x and 2x the VRAM", () => {
    const f = onlyFinding(makeBuild([item("m", vengeanceLpx32), item("g", gtx1080TiFe, 2)]), RULE_IDS.dlRamVsVram);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("System RAM (32 GB) covers the GPUs' 22 GB");
    expect(f.message).toContain("44 GB");
  });

  it("warns when RAM is below the total VRAM (quantity counts)", () => {
    const f = onlyFinding(makeBuild([item("m", vengeanceLpx32), item("g", rtx4090Fe, 2)]), RULE_IDS.dlRamVsVram);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("System RAM (32 GB) is less than the GPUs' total VRAM (48 GB)");
  });

  it("notes unknown capacities", () => {
    const f = onlyFinding(makeBuild([item("m", vengeanceLpx32), item("g", gpu({}))]), RULE_IDS.dlRamVsVram);
    expect(f.message).toContain("the VRAM of Test GPU is unknown");
  });

  it("does not apply to a CPU-only build", () => {
    expect(ruleFindings(makeBuild([item("m", vengeanceLpx32)]), RULE_IDS.dlRamVsVram)).toEqual([]);
  });
});

describe("dl.cpu-cores", () => {
  it("passes with a core and two threads per GPU", () => {
    expect(ruleFindings(makeBuild([item("c", i7_7700k), item("g", gtx1080TiFe, 4)]), RULE_IDS.dlCpuCores)).toEqual([]);
  });

  it("warns with fewer cores than GPUs", () => {
    const f = onlyFinding(makeBuild([item("c", i7_7700k), item("g", gtx1080TiFe, 5)]), RULE_IDS.dlCpuCores);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("has 4 cores for 5 GPUs");
  });

  it("notes fewer than two threads per GPU", () => {
    const noSmt = part("cpu", "Core i5-7600K", { cores: 4, threads: 4 });
    expect(onlyFinding(makeBuild([item("c", noSmt), item("g", gtx1080TiFe, 3)]), RULE_IDS.dlCpuCores).severity).toBe("note");
  });

  it("notes an unknown core count", () => {
    expect(onlyFinding(makeBuild([item("c", part("cpu", "X", {})), item("g", gtx1080TiFe)]), RULE_IDS.dlCpuCores).severity).toBe("note");
  });
});

describe("dl.gpu-stacking", () => {
  it("passes one open-air card and three blower cards", () => {
    expect(ruleFindings(makeBuild([item("g", rtx4090Fe, 1)]), RULE_IDS.dlGpuStacking)).toEqual([]);
    expect(ruleFindings(makeBuild([item("g", gtx1080TiFe, 3)]), RULE_IDS.dlGpuStacking)).toEqual([]);
  });

  // Issue #15, item 8: the 2x RTX 4090 build got no warning because the rule started at three.
  // Facts section 4: adjacent open-air cards can throttle by about 30%.
  it("warns about two adjacent open-air cards (the 2x RTX 4090 build)", () => {
    const f = onlyFinding(makeBuild([item("g", rtx4090Fe, 2)]), RULE_IDS.dlGpuStacking);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("2 open-air GPUs");
    expect(f.message).toContain("leave at least one empty slot");
  });

  it("warns about three or more open-air cards, across lines", () => {
    const other = gpu({ cooling: "open-air" }, "Other open-air card");
    const f = onlyFinding(makeBuild([item("a", rtx4090Fe, 2), item("b", other), item("c", gtx1080TiFe)]), RULE_IDS.dlGpuStacking);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("3 open-air GPUs");
    expect(f.message).toContain("30%");
    expect(f.itemIds).toEqual(["a", "b"]);
  });

  it("notes when unknown cooling could make two open-air cards", () => {
    const f = onlyFinding(makeBuild([item("a", rtx4090Fe, 1), item("b", gpu({}))]), RULE_IDS.dlGpuStacking);
    expect(f.severity).toBe("note");
  });
});
