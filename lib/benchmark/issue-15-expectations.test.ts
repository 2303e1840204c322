import { describe, expect, it } from "vitest";
import type { ResolvedBuild } from "../builds/types";
import { catalogPart } from "../compat/fixtures/catalog-parts";
import { item, makeBuild, part } from "../compat/fixtures/make";
import { buildChecklist } from "./build-checklist";

// Issue #15, item 10: checklist expectations that failed healthy cards or read as placeholders.
const items = (build: ResolvedBuild) => buildChecklist(build, { driverBranch: "580" }).sections.flatMap((s) => s.items);
const find = (build: ResolvedBuild, id: string) => items(build).find((i) => i.id === id);
const one = (id: string, qty = 1) => makeBuild([item("g", catalogPart(id), qty)]);

describe("issue #15 checklist expectations", () => {
  // GA100 has 64 FP32 units per SM (NVIDIA A100 whitepaper): no dual-issue share.
  it("keeps the plain 60% FP32 bar for the A100 and the 50% dual-issue bar for GA102 (RTX 3090)", () => {
    expect(find(one("gpu-nvidia-a100-pcie-40gb"), "compute.fp32-matmul.gpu0")?.expected?.minShare).toBe(0.6);
    expect(find(one("gpu-nvidia-geforce-rtx-3090-fe"), "compute.fp32-matmul.gpu0")?.expected?.minShare).toBe(0.5);
  });

  // 50% of the T4's 64.8 TFLOPS FP16 (facts section 3) would need 32.4 TFLOPS inside 70 W.
  it("lowers the T4's FP16 and FP32 bars for its 70 W cap", () => {
    const t4 = one("gpu-nvidia-tesla-t4");
    const fp16 = find(t4, "compute.fp16-matmul.gpu0")!;
    expect(fp16.expected?.minShare).toBe(0.3);
    expect(fp16.expect).toContain("19.4 TFLOPS");
    expect(fp16.judge).toContain("70 W card cannot hold");
    expect(find(t4, "compute.fp32-matmul.gpu0")?.expected?.minShare).toBe(0.4);
  });

  it("allows for ECC on the K80's GDDR5 in the copy-bandwidth bar, per GK210", () => {
    const bw = find(one("gpu-nvidia-tesla-k80"), "compute.memory-bandwidth.gpu0")!;
    expect(bw.expected).toMatchObject({ value: 240, minShare: 0.5 });
    expect(bw.judge).toContain("ECC on");
    // HBM boards keep the plain bar.
    expect(find(one("gpu-nvidia-a100-pcie-40gb"), "compute.memory-bandwidth.gpu0")?.expected?.minShare).toBe(0.7);
  });

  it("fails only hardware thermal slowdown, so a blower card at its 84 C target passes", () => {
    const throttle = find(one("gpu-nvidia-geforce-gtx-1080-ti-fe"), "stability.gpu-throttle")!;
    expect(throttle.expected?.metric).toBe("gpu.hwThermalSlowdownSamples");
    expect(throttle.expect).toContain("software thermal slowdown is reported, not failed");
  });

  // RTX 6000 Ada: 1,457 TFLOPS FP8 with sparsity (NVIDIA data sheet) -> 364.2 dense FP16.
  it("checks the RTX 6000 Ada's FP16 tensor rate", () => {
    expect(find(one("gpu-nvidia-rtx-6000-ada"), "compute.fp16-matmul.gpu0")?.expected?.value).toBe(364.2);
  });

  it("gives gpu-burn a real COMPUTE target: the lowest capability in mixed builds, none guessed", () => {
    const mixed = makeBuild([item("a", catalogPart("gpu-nvidia-geforce-rtx-4090-fe")), item("b", catalogPart("gpu-nvidia-geforce-gtx-1080-ti-fe"))]);
    expect(find(mixed, "stability.gpu-burn")?.run).toContain("`make COMPUTE=61` (the lowest compute capability here");
    const pro6000 = part("gpu", "NVIDIA RTX PRO 6000 Blackwell Workstation Edition", { vendor: "nvidia", architecture: "Blackwell", computeCapability: "12.0" });
    expect(find(makeBuild([item("g", pro6000)]), "stability.gpu-burn")?.run).toContain("`make COMPUTE=120`");
    const unknown = part("gpu", "Mystery NVIDIA card", { vendor: "nvidia" });
    const run = find(makeBuild([item("g", unknown)]), "stability.gpu-burn")!.run;
    expect(run).toContain("compute capability unknown");
    expect(run).not.toContain("(COMPUTE=<compute capability without the dot>)");
  });

  // Issue #15, item 4: the PCIe width check uses the board's slot wiring (hardwareluxx.de: the
  // ROG Strix X870E-E's lower x16-size slot is the chipset's PCIe 4.0 x4).
  it("expects x16 and x4 for two GPUs on a ROG Strix X870E-E, from its wiring", () => {
    const build = makeBuild([
      item("b", catalogPart("motherboard-asus-rog-strix-x870e-e-gaming-wifi")),
      item("c", catalogPart("cpu-amd-ryzen-9-9950x")),
      item("g", catalogPart("gpu-nvidia-geforce-rtx-4090-fe"), 2),
    ]);
    expect(find(build, "os.pcie-width.gpu0")?.expected?.value).toBe(16);
    const second = find(build, "os.pcie-width.gpu1")!;
    expect(second.expected?.value).toBe(4);
    expect(second.expect).toContain("lower x16 slot, chipset lanes (board slot wiring)");
    expect(find(build, "os.pcie-gen.gpu1")?.expected?.value).toBe(4);
  });
});

