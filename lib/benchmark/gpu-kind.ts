import { isGeForce } from "../compat/gpu-traits";
import type { GPU_ARCHITECTURES, GpuSpecs } from "../parts/specs";
import type { GpuDevice } from "./build-facts";
import {
  DUAL_ISSUE_ARCHITECTURES,
  FP16_SHARE,
  FP16_SHARE_GEFORCE,
  FP32_SHARE,
  FP32_SHARE_DUAL_ISSUE,
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

export function fp32Share(gpu: GpuDevice): number {
  const arch = gpu.specs.architecture;
  return arch && DUAL_ISSUE_ARCHITECTURES.includes(arch) ? FP32_SHARE_DUAL_ISSUE : FP32_SHARE;
}

export function fp16Share(gpu: GpuDevice): number {
  return isGeForce(gpu.name) ? FP16_SHARE_GEFORCE : FP16_SHARE;
}

/** The compute capability nvidia-smi and gpu-burn's Makefile expect, e.g. "6.1" -> "61". */
export function computeTarget(specs: GpuSpecs): string | undefined {
  return specs.computeCapability?.replace(".", "");
}
