import { describe, expect, it } from "vitest";
import { planProvisioning } from "./plan";
import { ALL_FRAMEWORKS, buildWith, type GpuKey } from "./test-fixtures";
import type { UbuntuRelease } from "./options";

interface Golden {
  label: string;
  gpus: (GpuKey | [GpuKey, number])[];
  driver: [branch: number, flavour: "open" | "proprietary", pkg: string] | null;
  cuda: Record<UbuntuRelease, string | null>;
  torch: string;
  tf: "and-cuda" | "cpu";
  jax: "cuda13" | "cuda12" | "cpu";
  devices: number;
  reasons: RegExp[];
  warnings: RegExp[];
}

const CURRENT = {
  driver: [580, "open", "nvidia-driver-580-open"] as Golden["driver"],
  cuda: { "24.04": "13.0", "22.04": "13.0" },
  torch: "cu130",
  tf: "and-cuda" as const,
  jax: "cuda13" as const,
  devices: 1,
};
const PASCAL = {
  driver: [580, "proprietary", "nvidia-driver-580"] as Golden["driver"],
  cuda: { "24.04": "12.6", "22.04": "12.6" },
  torch: "cu126",
  tf: "and-cuda" as const,
  jax: "cuda12" as const,
  reasons: [/^Pascal \(sm_61\): the 580 branch is the last that supports it\.$/, /CUDA 12\.6: targets Pascal sm_61, which CUDA 13\.x dropped/],
  warnings: [/Pascal: 580 is the last driver branch/],
};

const GOLDEN: Golden[] = [
  {
    label: "Tesla K80",
    gpus: ["k80"],
    driver: [470, "proprietary", "nvidia-driver-470"],
    cuda: { "24.04": null, "22.04": "11.8" },
    torch: "cu118",
    tf: "cpu",
    jax: "cpu",
    devices: 2,
    reasons: [/^Kepler \(sm_37\): the 470 branch is the last that supports it\.$/],
    warnings: [/R470 driver stopped receiving updates/, /legacy 2\.1\.2 cu118/, /TensorFlow: .*tensorflow-cpu/, /JAX: .*CPU build/],
  },
  { label: "GTX 1080 Ti", gpus: ["gtx1080ti"], ...PASCAL, devices: 1 },
  { label: "two GTX 1080 Ti", gpus: [["gtx1080ti", 2]], ...PASCAL, devices: 2 },
  { label: "RTX 2080 Ti", gpus: ["rtx2080ti"], ...CURRENT, reasons: [/Turing: open kernel modules/, /PyTorch cu130/], warnings: [] },
  { label: "RTX 3090", gpus: ["rtx3090"], ...CURRENT, reasons: [/Ampere: open kernel modules/, /CUDA 13\.0: the newest toolkit the 580 driver supports/], warnings: [] },
  { label: "RTX 4090", gpus: ["rtx4090"], ...CURRENT, reasons: [/Ada: open kernel modules/, /TensorFlow: .*Ada sm_89\./], warnings: [] },
  {
    label: "RTX 5090",
    gpus: ["rtx5090"],
    ...CURRENT,
    reasons: [/PyTorch cu130: newest wheels with code for Blackwell sm_120/],
    warnings: [/TensorFlow: no built-in code for .*RTX 5090.*JIT-compiled/],
  },
  { label: "A100", gpus: ["a100"], ...CURRENT, reasons: [/Ampere sm_80\./], warnings: [] },
  { label: "H100", gpus: ["h100"], ...CURRENT, reasons: [/Hopper: open kernel modules/], warnings: [/TensorFlow: no built-in code for .*H100/] },
  {
    label: "GTX 1080 Ti + RTX 4090",
    gpus: ["gtx1080ti", "rtx4090"],
    ...PASCAL,
    devices: 2,
    reasons: [
      /mixed old and new GPUs keep the proprietary driver/,
      /PyTorch cu126: .*Pascal sm_61 \(runs sm_60 code\), Ada sm_89 \(runs sm_86 code\); cu130 has no Pascal code/,
    ],
  },
  {
    label: "CPU-only",
    gpus: [],
    driver: null,
    cuda: { "24.04": null, "22.04": null },
    torch: "cpu",
    tf: "cpu",
    jax: "cpu",
    devices: 0,
    reasons: [/No NVIDIA GPU/],
    warnings: [],
  },
];

describe.each(["24.04", "22.04"] as const)("golden plans on Ubuntu %s", (os) => {
  it.each(GOLDEN)("$label", (golden) => {
    const plan = planProvisioning(buildWith(golden.gpus), { ...ALL_FRAMEWORKS, os });
    expect(plan.errors).toEqual([]);
    expect(plan.os.version).toBe(os);
    const driver = plan.driver ? [plan.driver.branch, plan.driver.flavour, plan.driver.package] : null;
    expect(driver).toEqual(golden.driver);
    expect(plan.cuda?.toolkit ?? null).toBe(golden.cuda[os]);
    if (plan.cuda) {
      expect(plan.cuda.package).toBe(`cuda-toolkit-${plan.cuda.toolkit.replace(".", "-")}`);
      expect(plan.cuda.repository).toBe(
        `https://developer.download.nvidia.com/compute/cuda/repos/ubuntu${os.replace(".", "")}/x86_64/`,
      );
    }
    const variant = (name: string) => plan.frameworks.find((f) => f.name === name)?.variant;
    expect(variant("pytorch")).toBe(golden.torch);
    expect(variant("tensorflow")).toBe(golden.tf);
    expect(variant("jax")).toBe(golden.jax);
    expect(plan.verify.gpuDevices).toBe(golden.devices);
    for (const f of plan.frameworks) expect(f.expectedDevices).toBe(f.gpu ? golden.devices : 0);
    for (const re of golden.reasons) expect(plan.reasons).toContainEqual(expect.stringMatching(re));
    for (const re of golden.warnings) expect(plan.warnings).toContainEqual(expect.stringMatching(re));
    if (golden.warnings.length === 0) expect(plan.warnings).toEqual([]);
  });
});

describe("golden install commands", () => {
  it("uses the PyTorch index for the chosen variant and the real extras", () => {
    const plan = planProvisioning(buildWith(["gtx1080ti"]), ALL_FRAMEWORKS);
    const install = Object.fromEntries(plan.frameworks.map((f) => [f.name, f.install]));
    expect(install).toEqual({
      pytorch: "pip install torch torchvision --index-url https://download.pytorch.org/whl/cu126",
      tensorflow: "pip install 'tensorflow[and-cuda]'",
      jax: "pip install 'jax[cuda12]'",
    });
  });

  it("pins the legacy Kepler stack to Python 3.11 and NumPy 1 in every install step", () => {
    const plan = planProvisioning(buildWith(["k80"]), { ...ALL_FRAMEWORKS, os: "22.04" });
    const torch = plan.frameworks.find((f) => f.name === "pytorch");
    expect(torch).toMatchObject({ version: "2.1.2", variant: "cu118", gpu: true, expectedDevices: 2 });
    const env = plan.environments.find((e) => e.name === "deeplearn");
    expect(env?.python).toBe("3.11");
    expect(env?.pip.every((step) => step.packages.includes("numpy<2"))).toBe(true);
    expect(plan.warnings).toContainEqual(expect.stringMatching(/minor-version compatibility/));
    expect(plan.warnings).not.toContainEqual(expect.stringMatching(/Ubuntu 24\.04/));
  });

  it("warns about Kepler on Ubuntu 24.04, where no CUDA 11 toolkit is published", () => {
    const plan = planProvisioning(buildWith(["k80"]), { ...ALL_FRAMEWORKS, os: "24.04" });
    expect(plan.warnings).toContainEqual(expect.stringMatching(/^Ubuntu 24\.04: the 470 driver/));
    expect(plan.warnings).toContainEqual(expect.stringMatching(/No CUDA toolkit for Ubuntu 24\.04 .*best: 11\.8/));
  });
});
