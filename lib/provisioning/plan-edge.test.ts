import { describe, expect, it } from "vitest";
import type { ResolvedBuild, ResolvedItem } from "../builds/types";
import type { GpuSpecs } from "../parts/specs";
import { planProvisioning } from "./plan";
import { ALL_FRAMEWORKS, buildWith, options } from "./test-fixtures";

function withCustomGpu(name: string, specs: GpuSpecs, base: ResolvedBuild = buildWith([])): ResolvedBuild {
  const gpu: ResolvedItem = {
    id: "custom-gpu",
    part: { id: null, category: "gpu", name, specs },
    quantity: 1,
    priceCents: null,
    discountCents: 0,
  };
  return { ...base, items: [...base.items, gpu] };
}

describe("impossible plans", () => {
  it("refuses Kepler + Blackwell: no driver branch covers both", () => {
    const plan = planProvisioning(buildWith(["k80", "rtx5090"]), ALL_FRAMEWORKS);
    expect(plan.errors).toEqual([expect.stringMatching(/Kepler ends at R470, Blackwell needs R570 or newer/)]);
    expect(plan).toMatchObject({ driver: null, cuda: null, frameworks: [], environments: [] });
  });

  it("refuses Pascal + Blackwell: one needs proprietary modules, the other open ones", () => {
    const plan = planProvisioning(buildWith(["gtx1080ti", "rtx5090"]), ALL_FRAMEWORKS);
    expect(plan.errors).toEqual([expect.stringMatching(/Blackwell needs the open kernel modules and Pascal the proprietary/)]);
    expect(plan.driver).toBeNull();
  });

  it("recognises a GPU with no data at all, and pre-Kepler cards by their chipset", () => {
    expect(planProvisioning(withCustomGpu("Mystery accelerator", {}), ALL_FRAMEWORKS).errors).toEqual([
      expect.stringMatching(/unknown GPU; set its vendor and architecture/),
    ]);
    // GTX 580 = GF110, compute capability 2.0 (NVIDIA legacy CUDA GPUs): no installable driver.
    expect(planProvisioning(withCustomGpu("GeForce GTX 580", { vendor: "nvidia", chipset: "GeForce GTX 580" }), ALL_FRAMEWORKS).errors).toEqual([
      expect.stringMatching(/compute capability 2\.0 \(pre-Kepler\)/),
    ]);
  });
});

describe("custom and partial GPU data", () => {
  it("infers vendor and architecture from the compute capability alone", () => {
    const plan = planProvisioning(withCustomGpu("GeForce RTX 4090 (used)", { computeCapability: "8.9" }), ALL_FRAMEWORKS);
    expect(plan.gpus).toEqual([
      expect.objectContaining({ vendor: "nvidia", architecture: "Ada", computeCapability: "8.9", devicesPerBoard: 1 }),
    ]);
    expect(plan.driver?.package).toBe("nvidia-driver-580-open");
  });

  it("takes the compute capability from the chipset name instead of guessing (issue #14 item 9)", () => {
    // OpenDB imports carry chipset and architecture but no CC. GTX Titan X (Maxwell) is GM200,
    // CC 5.2 (NVIDIA CUDA GPUs), so JAX's CUDA 12 build (CC >= 5.2) applies; the old guess 5.0 gave CPU.
    const titanX = withCustomGpu("EVGA GeForce GTX Titan X 12GB", { vendor: "nvidia", chipset: "GeForce GTX Titan X", architecture: "Maxwell" });
    const plan = planProvisioning(titanX, ALL_FRAMEWORKS);
    expect(plan.gpus[0]).toMatchObject({ computeCapability: "5.2", computeCapabilitySource: "chipset" });
    expect(plan.frameworks.find((f) => f.name === "jax")?.variant).toBe("cuda12");
    // RTX PRO 6000 Blackwell is GB202, CC 12.0, not the B200's 10.0.
    const pro6000 = withCustomGpu("PNY RTX PRO 6000 Blackwell", { vendor: "nvidia", chipset: "RTX PRO 6000 Blackwell", architecture: "Blackwell" });
    expect(planProvisioning(pro6000, ALL_FRAMEWORKS).gpus[0]).toMatchObject({ computeCapability: "12.0" });
  });

  it("says unknown rather than guessing when the name covers several chips, and plans for all of them", () => {
    const plan = planProvisioning(withCustomGpu("Some Maxwell card", { architecture: "Maxwell" }), ALL_FRAMEWORKS);
    expect(plan.gpus[0]).toMatchObject({ computeCapability: null, computeCapabilitySource: "unknown" });
    expect(plan.warnings).toContainEqual(expect.stringMatching(/compute capability unknown \(Maxwell chips are 5\.0, 5\.2\)/));
    // jax[cuda12] needs 5.2: it cannot be promised for a card that may be 5.0.
    expect(plan.frameworks.find((f) => f.name === "jax")?.variant).toBe("cpu");
    expect(plan.frameworks.find((f) => f.name === "pytorch")?.variant).toBe("cu126");
  });

  it("keeps one PyTorch build for Kepler + Ampere on the last Kepler driver", () => {
    const plan = planProvisioning(buildWith(["k80", "rtx3090"]), { ...ALL_FRAMEWORKS, os: "22.04" });
    expect(plan.driver?.branch).toBe(470);
    expect(plan.frameworks.find((f) => f.name === "pytorch")).toMatchObject({ variant: "cu118", expectedDevices: 3 });
    expect(plan.cuda?.toolkit).toBe("11.8");
  });

  it("gives Maxwell a CPU TensorFlow and a CUDA 12 JAX", () => {
    const plan = planProvisioning(buildWith(["gtx970"]), ALL_FRAMEWORKS);
    const variants = Object.fromEntries(plan.frameworks.map((f) => [f.name, f.variant]));
    expect(variants).toEqual({ pytorch: "cu126", tensorflow: "cpu", jax: "cuda12" });
    expect(plan.warnings).toContainEqual(expect.stringMatching(/TensorFlow: .*GTX 970.*no built-in code.*tensorflow-cpu/));
  });

  it("warns when TensorFlow or JAX can use only some of the GPUs", () => {
    const maxwell50 = withCustomGpu("GeForce GTX 750 Ti", { vendor: "nvidia", architecture: "Maxwell", computeCapability: "5.0" }, buildWith(["gtx1080ti"]));
    const plan = planProvisioning(maxwell50, ALL_FRAMEWORKS);
    const tf = plan.frameworks.find((f) => f.name === "tensorflow");
    const jax = plan.frameworks.find((f) => f.name === "jax");
    expect(tf).toMatchObject({ variant: "and-cuda", expectedDevices: 1 });
    expect(jax).toMatchObject({ variant: "cuda12", expectedDevices: 1 });
    expect(plan.warnings).toContainEqual(expect.stringMatching(/TensorFlow: ignores GeForce GTX 750 Ti/));
    expect(plan.warnings).toContainEqual(expect.stringMatching(/JAX: jax\[cuda12\] does not support GeForce GTX 750 Ti/));
    expect(plan.frameworks.find((f) => f.name === "pytorch")?.expectedDevices).toBe(2);
  });

  it("gives Volta the proprietary driver and cu126 (cu128 2.11+ and cu130 dropped it)", () => {
    const plan = planProvisioning(buildWith(["v100"]), ALL_FRAMEWORKS);
    expect(plan.driver).toMatchObject({ branch: 580, flavour: "proprietary" });
    expect(plan.frameworks.find((f) => f.name === "pytorch")?.variant).toBe("cu126");
    expect(plan.cuda?.toolkit).toBe("12.6");
  });
});

describe("environments, services and hardware", () => {
  it("keeps the 2017 environment names and splits GPU TensorFlow from PyTorch", () => {
    const plan = planProvisioning(buildWith(["rtx4090"]), ALL_FRAMEWORKS);
    expect(plan.environments.map((e) => [e.name, e.frameworks])).toEqual([
      ["scienv3", []],
      ["deeplearn", ["pytorch", "jax"]],
      ["deeplearn-tf", ["tensorflow"]],
    ]);
    expect(plan.environments[0]?.packages).toEqual(["numpy", "pandas", "scikit-learn", "matplotlib", "jupyterlab", "ipykernel"]);
  });

  it("keeps TensorFlow in deeplearn without PyTorch, and only scienv3 without frameworks", () => {
    const tfOnly = planProvisioning(buildWith(["rtx4090"]), options({ frameworks: "tensorflow" }));
    expect(tfOnly.environments.map((e) => e.name)).toEqual(["scienv3", "deeplearn"]);
    const none = planProvisioning(buildWith(["rtx4090"]), options({ frameworks: "" }));
    expect(none.environments.map((e) => e.name)).toEqual(["scienv3"]);
    expect(none.cuda?.toolkit).toBe("13.0");
  });

  it("places uv environments under ~/envs", () => {
    const plan = planProvisioning(buildWith(["rtx3090"]), options({ env: "uv" }));
    expect(plan.environments.map((e) => [e.manager, e.location])).toEqual([
      ["uv", "~/envs/scienv3"],
      ["uv", "~/envs/deeplearn"],
    ]);
  });

  it("adds the NVIDIA Container Toolkit only when there is an NVIDIA GPU", () => {
    const gpu = planProvisioning(buildWith(["rtx3090"]), options({ docker: true }));
    const cpu = planProvisioning(buildWith([]), options({ docker: true }));
    expect(gpu.services).toMatchObject({ docker: true, nvidiaContainerToolkit: true });
    expect(cpu.services).toMatchObject({ docker: true, nvidiaContainerToolkit: false });
  });

  it("echoes the options and derives what the final check expects from the parts", () => {
    const opts = options({ os: "22.04", frameworks: "jax", sshHardening: "1" });
    const plan = planProvisioning(buildWith([["k80", 2]]), opts);
    expect(plan.options).toEqual(opts);
    expect(plan.verify).toEqual({ gpuDevices: 4, cpuThreads: 32, memoryGb: 64 });
    expect(plan.systemPackages).toContain("nvme-cli");
    expect(plan.gpus).toEqual([expect.objectContaining({ name: "NVIDIA Tesla K80", quantity: 2, devicesPerBoard: 2 })]);
  });

  it("is deterministic and leaves the build untouched", () => {
    const build = buildWith(["gtx1080ti", "rtx4090"]);
    const before = JSON.stringify(build);
    expect(planProvisioning(build, ALL_FRAMEWORKS)).toEqual(planProvisioning(build, ALL_FRAMEWORKS));
    expect(JSON.stringify(build)).toBe(before);
  });
});
