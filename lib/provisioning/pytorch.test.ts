import { describe, expect, it } from "vitest";
import { driverPackages } from "./driver-packages";
import type { NvidiaArchitecture } from "./architectures";
import type { NvidiaGpu } from "./gpu-inventory";
import { choosePytorch } from "./pytorch";
import type { DriverPlan, PlanNotes } from "./types";

const gpu = (name: string, architecture: NvidiaArchitecture, major: number, minor: number, devices: number): NvidiaGpu => ({
  name, architecture, cc: { major, minor }, ccs: [{ major, minor }], devices, dataCentre: false, sxm: false,
});
// The driver step refuses Pascal + Blackwell, so the partial-coverage path is tested directly.
const pascal = (devices: number): NvidiaGpu => gpu("GTX 1080 Ti", "Pascal", 6, 1, devices);
const blackwell = gpu("RTX 5090", "Blackwell", 12, 0, 1);
const r580: DriverPlan = {
  branch: 580, flavour: "proprietary", supportEnds: "June 2028", maintained: true,
  ...driverPackages(580, "proprietary", [pascal(1)], undefined, { reasons: [], warnings: [], errors: [] }),
};
const notes = (): PlanNotes => ({ reasons: [], warnings: [], errors: [] });

describe("choosePytorch without a variant that covers every GPU", () => {
  it("keeps the variant that runs the most devices and names the ones left out", () => {
    const n = notes();
    const choice = choosePytorch([pascal(2), blackwell], r580, n);
    expect(choice.plan).toMatchObject({ variant: "cu126", expectedDevices: 2, gpu: true });
    expect(n.warnings).toEqual(["PyTorch: no single wheel variant covers every GPU; cu126 cannot use RTX 5090 (sm_120)."]);
  });

  it("prefers the newer variant on a tie", () => {
    const n = notes();
    expect(choosePytorch([pascal(1), blackwell], r580, n).plan.variant).toBe("cu130");
    expect(n.warnings[0]).toMatch(/cu130 cannot use GTX 1080 Ti/);
  });

  it("falls back to CPU wheels when nothing runs on the GPU", () => {
    const n = notes();
    const kepler35 = gpu("GTX Titan Black", "Kepler", 3, 5, 1);
    const r470: DriverPlan = { ...r580, branch: 470 };
    const choice = choosePytorch([kepler35], r470, n);
    expect(choice.plan).toMatchObject({ variant: "cpu", gpu: false, expectedDevices: 0 });
    expect(choice.plan.pip.indexUrl).toBe("https://download.pytorch.org/whl/cpu");
    expect(n.warnings).toEqual([expect.stringMatching(/no wheel variant runs on GTX Titan Black \(sm_35\)/)]);
  });
});
