import type { ResolvedBuild } from "../builds/types";
import { architectureFromCc } from "../compat/gpu-architectures";
import { isGeForce } from "../compat/gpu-traits";
import type { CloudGpu } from "./cloud-gpus";

/** One GPU model in the box, as many times as it is installed; null figures are unknown. */
export interface BoxGpu {
  name: string;
  count: number;
  fp32Tflops: number | null;
  /** Dense FP16 tensor peak as quoted (FP16 accumulation); null when unknown or absent. */
  fp16TensorTflops: number | null;
  bandwidthGBps: number | null;
  architecture: string | null;
  /** GeForce cards run FP32-accumulate tensor math at half the quoted rate. */
  geforce: boolean;
}

export interface GpuFigures {
  fp32Tflops: number;
  bandwidthGBps: number;
}

/** "tensor": dense BF16/FP16 for Volta and newer, FP32 before; "fp32": FP32 everywhere. */
export type KBasis = "tensor" | "fp32";

export interface KEstimate {
  /** Cloud GPU-hours one hour on the box is worth; null when no GPU's figures are known. */
  k: number | null;
  /** GPUs left out because a figure is missing (the user can type k instead). */
  unknown: string[];
}

/** Architectures without tensor cores: their training throughput is their FP32 rate. */
const PRE_TENSOR = new Set(["Kepler", "Maxwell", "Pascal"]);

/** GeForce runs FP32-accumulate tensor math at half its quoted (FP16-accumulate) peak. */
export const GEFORCE_FP32_ACCUMULATE_SHARE = 0.5;

/** What a training step can use: tensor throughput from Volta on, FP32 before; null when unknown. */
export function trainingTflops(gpu: BoxGpu, basis: KBasis): number | null {
  if (basis === "fp32" || (gpu.architecture !== null && PRE_TENSOR.has(gpu.architecture))) return gpu.fp32Tflops;
  if (gpu.fp16TensorTflops === null) return null;
  return gpu.fp16TensorTflops * (gpu.geforce ? GEFORCE_FP32_ACCUMULATE_SHARE : 1);
}

function cloudTflops(cloud: CloudGpu, basis: KBasis): number {
  return basis === "tensor" && cloud.tensorTflops !== null ? cloud.tensorTflops : cloud.fp32Tflops;
}

/**
 * Speed of one GPU relative to another: the geometric mean of the compute and memory bandwidth
 * ratios. Training steps are partly compute- and partly memory-bound, so neither peak alone
 * predicts them; the same model drives the benchmark checklist's MNIST estimate.
 */
export function speedRatio(gpu: GpuFigures, reference: GpuFigures): number {
  return Math.sqrt((gpu.fp32Tflops / reference.fp32Tflops) * (gpu.bandwidthGBps / reference.bandwidthGBps));
}

/**
 * Sums over the box's GPUs: data-parallel work spreads over them, one cloud GPU does it alone.
 * On the tensor basis a pre-Volta box is compared on FP32 against the cloud GPU's tensor rate,
 * which is what its training would have to match.
 */
export function estimateK(gpus: readonly BoxGpu[], cloud: CloudGpu, basis: KBasis = "tensor"): KEstimate {
  let k = 0;
  let known = 0;
  const unknown: string[] = [];
  const reference = { fp32Tflops: cloudTflops(cloud, basis), bandwidthGBps: cloud.bandwidthGBps };
  for (const gpu of gpus) {
    const tflops = trainingTflops(gpu, basis);
    if (tflops === null || gpu.bandwidthGBps === null) {
      unknown.push(gpu.name);
      continue;
    }
    k += gpu.count * speedRatio({ fp32Tflops: tflops, bandwidthGBps: gpu.bandwidthGBps }, reference);
    known += gpu.count;
  }
  return { k: known > 0 ? k : null, unknown };
}

/** The GPUs of a build, one entry per line; a multi-die board counts once with its board totals. */
export function boxGpus(build: ResolvedBuild): BoxGpu[] {
  const out: BoxGpu[] = [];
  for (const item of build.items) {
    if (item.part.category !== "gpu" || !Number.isInteger(item.quantity) || item.quantity <= 0) continue;
    const specs = item.part.specs;
    out.push({
      name: item.part.name,
      count: item.quantity,
      fp32Tflops: specs.fp32Tflops ?? null,
      fp16TensorTflops: specs.fp16TensorTflops ?? null,
      bandwidthGBps: specs.bandwidthGBps ?? null,
      architecture: specs.architecture ?? architectureFromCc(specs.computeCapability) ?? null,
      geforce: isGeForce(item.part.name),
    });
  }
  return out;
}
