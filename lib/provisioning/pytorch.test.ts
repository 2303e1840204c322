import { describe, expect, it } from "vitest";
import type { NvidiaGpu } from "./gpu-inventory";
import { choosePytorch } from "./pytorch";
import type { DriverPlan, PlanNotes } from "./types";

// The driver step refuses Pascal + Blackwell, so the partial-coverage path is tested directly.
const pascal = (devices: number): NvidiaGpu => ({ name: "GTX 1080 Ti", architecture: "Pascal", cc: { major: 6, minor: 1 }, devices });
const blackwell: NvidiaGpu = { name: "RTX 5090", architecture: "Blackwell", cc: { major: 12, minor: 0 }, devices: 1 };
const r580: DriverPlan = { branch: 580, flavour: "proprietary", package: "nvidia-driver-580", supportEnds: "June 2028", maintained: true };
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
    const kepler35: NvidiaGpu = { name: "GTX Titan Black", architecture: "Kepler", cc: { major: 3, minor: 5 }, devices: 1 };
    const r470: DriverPlan = { ...r580, branch: 470 };
    const choice = choosePytorch([kepler35], r470, n);
    expect(choice.plan).toMatchObject({ variant: "cpu", gpu: false, expectedDevices: 0 });
    expect(choice.plan.pip.indexUrl).toBe("https://download.pytorch.org/whl/cpu");
    expect(n.warnings).toEqual([expect.stringMatching(/no wheel variant runs on GTX Titan Black \(sm_35\)/)]);
  });
});
