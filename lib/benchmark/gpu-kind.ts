import { isGeForce } from "../compat/gpu-traits";
import type { GPU_ARCHITECTURES, GpuSpecs } from "../parts/specs";
import type { GpuDevice } from "./build-facts";
import {
  BANDWIDTH_SHARE,
  BANDWIDTH_SHARE_GDDR_ECC,
  DUAL_ISSUE_ARCHITECTURES,
  FP16_SHARE,
  FP16_SHARE_GEFORCE,
  FP16_SHARE_POWER_CAPPED,
  FP32_SHARE,
  FP32_SHARE_DUAL_ISSUE,
  FP32_SHARE_POWER_CAPPED,
  POWER_CAPPED_MAX_W,
  SINGLE_ISSUE_COMPUTE_CAPABILITIES,
} from "./thresholds";

export { isGeForce };

export type GpuArchitecture = (typeof GPU_ARCHITECTURES)[number];

const AMD_ARCHITECTURES: readonly GpuArchitecture[] = ["RDNA", "RDNA2", "RDNA3", "RDNA4", "CDNA"];
const INTEL_ARCHITECTURES: readonly GpuArchitecture[] = ["Alchemist", "Battlemage"];

export function gpuVendor(name: string, specs: GpuSpecs): "nvidia" | "amd" | "intel" {
  if (specs.vendor) return specs.vendor;
  if (specs.architecture && AMD_ARCHITECTURES.includes(specs.architecture)) return "amd";
  if (specs.architecture && INTEL_ARCHITECTURES.includes(specs.architecture)) return "intel";
  if (/\b(radeon|instinct)\b/i.test(name)) return "amd";
  if (/\b(arc)\b/i.test(name)) return "intel";
  return "nvidia";
}

/** Slot-powered cards (T4, L4) that cannot hold boost clocks under a sustained matmul. */
export function isPowerCapped(specs: GpuSpecs): boolean {
  return specs.boardPowerW !== undefined && specs.boardPowerW <= POWER_CAPPED_MAX_W;
}

export function isDualIssue(specs: GpuSpecs): boolean {
  const arch = specs.architecture;
  if (!arch || !DUAL_ISSUE_ARCHITECTURES.includes(arch)) return false;
  return !(specs.computeCapability !== undefined && SINGLE_ISSUE_COMPUTE_CAPABILITIES.includes(specs.computeCapability));
}

export function fp32Share(gpu: GpuDevice): number {
  if (isPowerCapped(gpu.specs)) return FP32_SHARE_POWER_CAPPED;
  return isDualIssue(gpu.specs) ? FP32_SHARE_DUAL_ISSUE : FP32_SHARE;
}

export function fp16Share(gpu: GpuDevice): number {
  if (isPowerCapped(gpu.specs)) return FP16_SHARE_POWER_CAPPED;
  return isGeForce(gpu.name) ? FP16_SHARE_GEFORCE : FP16_SHARE;
}

/** Passive data-centre boards with GDDR memory run ECC on the data bus by default. */
export function hasGddrEcc(specs: GpuSpecs): boolean {
  return specs.cooling === "passive" && /^GDDR/i.test(specs.memoryType ?? "");
}

export function bandwidthShare(gpu: GpuDevice): number {
  return hasGddrEcc(gpu.specs) ? BANDWIDTH_SHARE_GDDR_ECC : BANDWIDTH_SHARE;
}

/** The compute capability nvidia-smi and gpu-burn's Makefile expect, e.g. "6.1" -> "61". */
export function computeTarget(specs: GpuSpecs): string | undefined {
  return specs.computeCapability?.replace(".", "");
}
