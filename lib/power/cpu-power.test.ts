import { describe, expect, it } from "vitest";
import { catalogPart } from "../compat/fixtures/catalog-parts";
import { z790With5090 } from "../compat/fixtures/issue-15-builds";
import type { CpuSpecs } from "../parts/specs";
import { cpuPackageW } from "./cpu-power";
import { estimatePower } from "./estimate-power";

const specs = (id: string) => catalogPart(id).specs as CpuSpecs;

// Issue #15, item 5: CPU power used TDP, so a Core i9-14900K counted 125 W.
describe("cpuPackageW", () => {
  it("uses Intel's Maximum Turbo Power (PL2) from ARK: 253 W for the 14900K, 250 W for the 285K", () => {
    expect(cpuPackageW(specs("cpu-intel-core-i9-14900k"))).toEqual({ watts: 253, basis: "PL2" });
    expect(cpuPackageW(specs("cpu-intel-core-ultra-9-285k"))).toEqual({ watts: 250, basis: "PL2" });
  });

  // AMD: "TDP*1.35 is the standard TDP vs. PPT calculation for AMD sockets in the Zen era" (2022).
  it("derives AMD PPT as 1.35 x TDP on AM4/AM5: 170 -> 230 W, 105 -> 142 W, 65 -> 88 W", () => {
    expect(cpuPackageW(specs("cpu-amd-ryzen-9-7950x"))).toEqual({ watts: 230, basis: "PPT from TDP" });
    expect(cpuPackageW(specs("cpu-amd-ryzen-9-5950x"))).toEqual({ watts: 142, basis: "PPT from TDP" });
    expect(cpuPackageW(specs("cpu-amd-ryzen-5-7600"))).toEqual({ watts: 88, basis: "PPT from TDP" });
  });

  it("keeps TDP where no limit is published (Kaby Lake, Threadripper) and prefers a stated PPT", () => {
    expect(cpuPackageW(specs("cpu-intel-core-i7-7700k"))).toEqual({ watts: 91, basis: "TDP" });
    expect(cpuPackageW(specs("cpu-amd-ryzen-threadripper-7980x"))).toEqual({ watts: 350, basis: "TDP" });
    expect(cpuPackageW({ socket: "AM5", tdpW: 170, pptW: 200 })).toEqual({ watts: 200, basis: "PPT" });
    expect(cpuPackageW({})).toBeNull();
  });

  it("counts the 14900K at 253 W in the Z790 + RTX 5090 build", () => {
    const power = estimatePower(z790With5090);
    expect(power.cpuW).toBe(253);
    expect(power.breakdown.find((l) => l.itemIds[0] === "cpu")?.label).toBe("Intel Core i9-14900K (253 W PL2)");
  });
});
