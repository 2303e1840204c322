import type { GpuCode } from "./compute-capability";
import { coverage, describeCoverage, gpuNames, pipCommand, type FrameworkChoice } from "./framework-coverage";
import type { NvidiaGpu } from "./gpu-inventory";
import type { DriverPlan, PlanNotes } from "./types";

const INDEX = "https://download.pytorch.org/whl/";

interface TorchStack {
  variant: string;
  cuda: string;
  code: GpuCode;
  /** Oldest driver branch the bundled CUDA runtime accepts (minor-version compatibility). */
  minBranch: number;
  packages: string[];
  version?: string;
  python?: string;
  pins: string[];
}

// PyTorch 2.12-2.14 publish cu126 and cu130 (facts file section 2; pytorch/pytorch#190355 for
// 2.14, which also makes cu132 the PyPI default). 2.15 drops cu126 (pytorch/pytorch#190385,
// "drops Maxwell / Pascal / Volta"), so cu126 plans pin torch<2.15; torchvision pins torch
// exactly and moves one minor per torch release (2.9 = 0.24, nvidia-holoscan/holohub#1388;
// 2.13 = 0.28, AMD's rocm10.0 wheels), so torchvision<0.30 is 2.14's. torchaudio is not
// installed. Newest first.
export const TORCH_STACKS: readonly TorchStack[] = [
  {
    variant: "cu130",
    cuda: "13.0",
    code: { sass: ["7.5", "8.0", "8.6", "9.0", "10.0", "12.0"], ptx: ["12.0"] },
    minBranch: 580,
    packages: ["torch", "torchvision"],
    pins: [],
  },
  {
    variant: "cu126",
    cuda: "12.6",
    code: { sass: ["5.0", "6.0", "7.0", "7.5", "8.0", "8.6", "9.0"], ptx: [] },
    minBranch: 525,
    packages: ["torch<2.15", "torchvision<0.30"],
    pins: [],
  },
];

// The last wheels with Kepler sm_37 code; built against NumPy 1 and Python <= 3.11.
export const LEGACY_TORCH: TorchStack = {
  variant: "cu118",
  cuda: "11.8",
  code: { sass: ["3.7", "5.0", "6.0", "7.0", "7.5", "8.0", "8.6", "9.0"], ptx: [] },
  minBranch: 450,
  packages: ["torch==2.1.2", "torchvision==0.16.2", "numpy<2"],
  version: "2.1.2",
  python: "3.11",
  pins: ["numpy<2"],
};

const CU126_PIN_REASON =
  "PyTorch cu126 pinned to torch<2.15 (torchvision<0.30): 2.15 stops publishing CUDA 12.6 wheels, the only ones with code " +
  "for Maxwell, Pascal and Volta (pytorch/pytorch#190385).";

function choice(stack: TorchStack, devices: number, notes?: PlanNotes): FrameworkChoice {
  if (stack.variant === "cu126" && devices > 0) notes?.reasons.push(CU126_PIN_REASON);
  const indexUrl = `${INDEX}${stack.variant}`;
  return {
    plan: {
      name: "pytorch",
      ...(stack.version ? { version: stack.version } : {}),
      variant: stack.variant,
      install: pipCommand(stack.packages, indexUrl),
      pip: { packages: stack.packages, indexUrl },
      gpu: devices > 0,
      expectedDevices: devices,
    },
    cuda: devices > 0 ? stack.cuda : null,
    ...(stack.python ? { python: stack.python } : {}),
    pins: stack.pins,
  };
}

const CPU_TORCH: TorchStack = {
  variant: "cpu",
  cuda: "",
  code: { sass: [], ptx: [] },
  minBranch: 0,
  packages: ["torch", "torchvision"],
  pins: [],
};

function cpuTorch(): FrameworkChoice {
  return choice(CPU_TORCH, 0);
}

/** Why each newer variant was passed over: "cu130 has no Pascal code". */
function passedOver(full: TorchStack, gpus: readonly NvidiaGpu[], driver: DriverPlan): string {
  const newer = TORCH_STACKS.filter((s) => parseFloat(s.cuda) > parseFloat(full.cuda));
  const why = newer.map((s) => {
    if (driver.branch < s.minBranch) return `${s.variant} needs driver ${s.minBranch} or newer`;
    const archs = [...new Set(coverage(s.code, gpus).missing.map((g) => g.architecture))];
    return `${s.variant} has no ${archs.join("/")} code`;
  });
  return why.length > 0 ? `; ${why.join(", ")}` : "";
}

export function choosePytorch(gpus: readonly NvidiaGpu[], driver: DriverPlan | null, notes: PlanNotes): FrameworkChoice {
  if (gpus.length === 0 || !driver) {
    notes.reasons.push("PyTorch: CPU wheels (no usable NVIDIA GPU).");
    return cpuTorch();
  }
  const usable = [...TORCH_STACKS, LEGACY_TORCH].filter((s) => driver.branch >= s.minBranch);
  const full = usable.find((s) => coverage(s.code, gpus).missing.length === 0);
  if (full) {
    const cov = coverage(full.code, gpus);
    const why = passedOver(full, gpus, driver);
    notes.reasons.push(`PyTorch ${full.variant}: newest wheels with code for ${describeCoverage(cov)}${why}.`);
    if (full === LEGACY_TORCH) {
      notes.warnings.push(
        `PyTorch: no current build runs on ${gpuNames(gpus)}; pinned the legacy ${full.version} ${full.variant} ` +
          "wheels (Python 3.11, NumPy 1), which get no fixes. Consider CPU wheels or a newer GPU.",
      );
    }
    return choice(full, cov.devices, notes);
  }
  // No single variant covers every GPU: keep the one that runs the most devices.
  const ranked = usable
    .map((s) => ({ stack: s, cov: coverage(s.code, gpus) }))
    .filter((r) => r.cov.devices > 0)
    .sort((a, b) => b.cov.devices - a.cov.devices);
  const best = ranked[0];
  if (!best) {
    notes.warnings.push(`PyTorch: no wheel variant runs on ${gpuNames(gpus)}; installing CPU wheels.`);
    return cpuTorch();
  }
  notes.reasons.push(`PyTorch ${best.stack.variant}: runs ${describeCoverage(best.cov)}.`);
  notes.warnings.push(
    `PyTorch: no single wheel variant covers every GPU; ${best.stack.variant} cannot use ${gpuNames(best.cov.missing)}.`,
  );
  return choice(best.stack, best.cov.devices, notes);
}
