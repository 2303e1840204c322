import type { GPU_ARCHITECTURES } from "../parts/specs";

export type GpuArchitecture = (typeof GPU_ARCHITECTURES)[number];

export interface NvidiaArchInfo {
  /** Last NVIDIA driver branch that supports it; undefined while current. */
  lastDriverBranch?: number;
  /** Oldest driver that knows the architecture, where it matters for mixing cards. */
  minDriverBranch?: number;
  lastCuda?: string;
  support: "dropped" | "legacy" | "current";
}

// Facts file, sections 1 and 2 (NVIDIA driver/CUDA matrix, PyTorch wheel contents).
export const NVIDIA_ARCHITECTURES: Partial<Record<GpuArchitecture, NvidiaArchInfo>> = {
  Kepler: { support: "dropped", lastDriverBranch: 470, lastCuda: "11.x" },
  Maxwell: { support: "legacy", lastDriverBranch: 580, lastCuda: "12.x" },
  Pascal: { support: "legacy", lastDriverBranch: 580, lastCuda: "12.x" },
  Volta: { support: "legacy", lastDriverBranch: 580, lastCuda: "12.x" },
  Turing: { support: "current" },
  Ampere: { support: "current" },
  // CUDA 11.8 added Ada and Hopper and needs driver 520; Blackwell needs 570 or newer.
  Ada: { support: "current", minDriverBranch: 520 },
  Hopper: { support: "current", minDriverBranch: 520 },
  Blackwell: { support: "current", minDriverBranch: 570 },
};

/** Compute capability to architecture, for parts that give only the capability. */
export function architectureFromCc(cc: string | undefined): GpuArchitecture | undefined {
  if (cc === undefined) return undefined;
  const [major, minor] = cc.split(".").map(Number) as [number, number];
  if (major === 3) return "Kepler";
  if (major === 5) return "Maxwell";
  if (major === 6) return "Pascal";
  if (major === 7) return minor >= 5 ? "Turing" : "Volta";
  if (major === 8) return minor === 9 ? "Ada" : "Ampere";
  if (major === 9) return "Hopper";
  if (major === 10 || major === 12) return "Blackwell";
  return undefined;
}

/** What frameworks still do with each older architecture, for the messages. */
export const LEGACY_ADVICE: Partial<Record<GpuArchitecture, string>> = {
  Kepler:
    "no current PyTorch, TensorFlow or JAX build runs on it; its last driver is R470 and its last CUDA 11.x, so only a pinned legacy stack (PyTorch 2.0-2.1 cu118) or CPU-only remains",
  Maxwell:
    "driver support ends with the R580 branch and CUDA 12.x; PyTorch cu126 wheels still run it, cu128 and newer do not, and TensorFlow ships no Maxwell code",
  Pascal:
    "driver support ends with the R580 branch (proprietary modules, not -open) and CUDA 12.x; use PyTorch cu126 wheels, as cu128 and newer drop Pascal",
  Volta:
    "driver support ends with the R580 branch and CUDA 12.x; PyTorch cu126 wheels run it, but 2.11 cu128 and cu130 drop Volta",
};
