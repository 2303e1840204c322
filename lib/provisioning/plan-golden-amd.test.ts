import { describe, expect, it } from "vitest";
import type { UbuntuRelease } from "./options";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { ALL_FRAMEWORKS, buildWith, type GpuKey } from "./test-fixtures";

// Golden AMD plans and scripts on Ubuntu 22.04, 24.04 and 26.04. Sources (abbreviated below):
//   [gpus.yaml]: ROCm/rocm-docs docs/data/gpus.yaml @793e0c2 (supported GPUs and gfx targets)
//   [os-support]: ROCm/rocm-docs docs/data/os-support.yaml @1d2ba3f (Radeon: 26.04 GA 7.0,
//     24.04.4 HWE 6.17, 22.04.5 HWE 6.8; Instinct: GA kernels on all three)
//   [install]: ROCm/rocm-docs docs/install/include/200-install.rst @0c31064 (amdgpu-install 31.50
//     for jammy/noble/resolute; --usecase=rocm,graphics --gfxversion=auto; reboot)
//   [amd-whl]: AMD's ROCm 10.0 wheels, torch[device-<gfx>]==2.13.0+rocm10.0.0 with torchvision
//     0.28.0 from stable.repo.amd.com/rocm/whl-next/ (as quoted by public install guides)
//   [ai-eco]: ROCm/rocm-docs docs/compatibility/include/ai-ecosystem.rst (TF 2.21 Python 3.12 only,
//     JAX 0.11.1; install commands not found, so CPU builds)

interface Golden {
  family: string;
  gpus: GpuKey[];
  gfx: string;
  /** HWE kernel the plan installs, per release [os-support]. */
  kernel: Record<UbuntuRelease, string | null>;
}

const RADEON_KERNELS = { "22.04": "linux-generic-hwe-22.04", "24.04": "linux-generic-hwe-24.04", "26.04": null };
const GOLDEN: Golden[] = [
  { family: "RDNA3 (RX 7900 XTX)", gpus: ["rx7900xtx"], gfx: "gfx1100", kernel: RADEON_KERNELS }, // [gpus.yaml] gfx1100
  { family: "RDNA4 (RX 9070 XT)", gpus: ["rx9070xt"], gfx: "gfx1201", kernel: RADEON_KERNELS }, // [gpus.yaml] gfx1201
  { family: "CDNA2 (Instinct MI210)", gpus: ["mi210"], gfx: "gfx90a", kernel: { "22.04": null, "24.04": null, "26.04": null } }, // [gpus.yaml] gfx90a; GA kernels [os-support]
];
const CODENAMES: Record<UbuntuRelease, string> = { "22.04": "jammy", "24.04": "noble", "26.04": "resolute" };
const AT = { generatedAt: new Date("2026-11-05T12:00:00Z") };

describe.each(["22.04", "24.04", "26.04"] as const)("golden AMD plans and scripts on Ubuntu %s", (os) => {
  it.each(GOLDEN)("$family", (golden) => {
    const build = buildWith(golden.gpus, { name: golden.family });
    const plan = planProvisioning(build, { ...ALL_FRAMEWORKS, os });
    expect(plan.errors).toEqual([]);
    expect(plan.driver).toBeNull();
    expect(plan.cuda).toBeNull();
    expect(plan.rocm).toEqual({
      release: "10.0",
      installerUrl: `https://repo.radeon.com/amdgpu-install/31.50/ubuntu/${CODENAMES[os]}/amdgpu-install_31.50.315000-1_all.deb`, // [install]
      usecase: "rocm,graphics", // [install]
      gfxTargets: [golden.gfx],
      kernelPackage: golden.kernel[os],
      groups: ["render", "video"],
    });
    expect(plan.gpus).toEqual([expect.objectContaining({ vendor: "amd", supported: true, gfxTarget: golden.gfx })]);
    const torch = plan.frameworks.find((f) => f.name === "pytorch");
    expect(torch).toMatchObject({ variant: "rocm10.0", gpu: true, expectedDevices: 1 });
    expect(torch?.pip).toEqual({
      packages: [`torch[device-${golden.gfx}]==2.13.0+rocm10.0.0`, `torchvision[device-${golden.gfx}]==0.28.0+rocm10.0.0`], // [amd-whl]
      extraIndexUrl: "https://stable.repo.amd.com/rocm/whl-next/",
    });
    // [ai-eco]: TensorFlow and JAX exist for ROCm, but their install commands were not verifiable.
    expect(plan.frameworks.find((f) => f.name === "tensorflow")?.variant).toBe("cpu");
    expect(plan.frameworks.find((f) => f.name === "jax")?.variant).toBe("cpu");
    expect(plan.verify.gpuDevices).toBe(1);

    const script = renderProvisionScript(build, plan, AT);
    expect(script).toContain(`readonly PLAN_UBUNTU='${os}'`);
    expect(script).toContain(`/amdgpu-install/31.50/ubuntu/${CODENAMES[os]}/amdgpu-install_31.50.315000-1_all.deb'`);
    expect(script).toContain("run amdgpu-install -y --usecase=rocm,graphics --gfxversion=auto");
    expect(script).toContain('run usermod -aG render,video "$TARGET_USER"');
    if (golden.kernel[os]) expect(script).toContain(`apt_install '${golden.kernel[os]}'`);
    else expect(script).not.toContain("linux-generic-hwe");
    expect(script).toContain("--extra-index-url 'https://stable.repo.amd.com/rocm/whl-next/'");
    expect(script).toContain("readonly EXPECTED_GPUS=1");
    expect(script).toContain("  verify_amd_gpus\n");
    expect(script).not.toMatch(/nvidia-driver|cuda-keyring|verify_gpus\n/);
  });
});

describe("AMD and Intel cards outside the supported list", () => {
  it("gives an unsupported Radeon a clear warning and CPU builds, not a refusal", () => {
    const plan = planProvisioning(buildWith(["rx6800xt"]), ALL_FRAMEWORKS);
    expect(plan.errors).toEqual([]);
    expect(plan.rocm).toBeNull();
    // [gpus.yaml] lists gfx1030 only for the PRO W6800 and V620.
    expect(plan.warnings).toContainEqual(expect.stringMatching(/RX 6800 XT \(gfx1030\) is not on ROCm 10\.0's supported-GPU list/));
    expect(plan.frameworks.map((f) => f.variant)).toEqual(["cpu", "cpu", "cpu"]);
    expect(plan.gpus[0]).toMatchObject({ vendor: "amd", supported: false, gfxTarget: "gfx1030" });
  });

  it("says what Intel Arc can do and plans CPU builds", () => {
    const plan = planProvisioning(buildWith(["arcB580"]), ALL_FRAMEWORKS);
    expect(plan.errors).toEqual([]);
    // PyTorch XPU docs: Arc A/B-series on Ubuntu 24.04/26.04, wheels from download.pytorch.org/whl/xpu.
    expect(plan.warnings).toContainEqual(expect.stringMatching(/Intel Arc B580: Intel Arc runs PyTorch through torch\.xpu .*its frameworks run on the CPU/));
    expect(plan.frameworks.every((f) => !f.gpu)).toBe(true);
  });

  it("refuses NVIDIA and a supported AMD card in one machine", () => {
    const plan = planProvisioning(buildWith(["rtx4090", "rx7900xtx"]), ALL_FRAMEWORKS);
    expect(plan.errors).toEqual([expect.stringMatching(/mixes NVIDIA and AMD GPUs/)]);
  });

  it("uses the multi-target wheels when two supported AMD targets share the box", () => {
    const plan = planProvisioning(buildWith(["rx7900xtx", "rx9070xt"]), ALL_FRAMEWORKS);
    expect(plan.rocm?.gfxTargets).toEqual(["gfx1100", "gfx1201"]);
    expect(plan.frameworks[0]?.pip.packages).toEqual(["torch[device-all]==2.13.0+rocm10.0.0", "torchvision[device-all]==0.28.0+rocm10.0.0"]);
    expect(plan.verify.gpuDevices).toBe(2);
  });
});
