import type { ResolvedBuild } from "../builds/types";

/** One GPU model in the box, as many times as it is installed; null figures are unknown. */
export interface BoxGpu {
  name: string;
  count: number;
  fp32Tflops: number | null;
  bandwidthGBps: number | null;
  architecture: string | null;
}

export interface GpuFigures {
  fp32Tflops: number;
  bandwidthGBps: number;
}

export interface KEstimate {
  /** Cloud GPU-hours one hour on the box is worth; null when no GPU's figures are known. */
  k: number | null;
  /** GPUs left out because a figure is missing (the user can type k instead). */
  unknown: string[];
}

/**
 * Speed of one GPU relative to another: the geometric mean of the FP32 and memory bandwidth
 * ratios. Training steps are partly compute- and partly memory-bound, so neither peak alone
 * predicts them; the same model drives the benchmark checklist's MNIST estimate.
 */
export function speedRatio(gpu: GpuFigures, reference: GpuFigures): number {
  return Math.sqrt((gpu.fp32Tflops / reference.fp32Tflops) * (gpu.bandwidthGBps / reference.bandwidthGBps));
}

/** Sums over the box's GPUs: data-parallel work spreads over them, one cloud GPU does it alone. */
export function estimateK(gpus: readonly BoxGpu[], cloud: GpuFigures): KEstimate {
  let k = 0;
  let known = 0;
  const unknown: string[] = [];
  for (const gpu of gpus) {
    if (gpu.fp32Tflops === null || gpu.bandwidthGBps === null) {
      unknown.push(gpu.name);
      continue;
    }
    k += gpu.count * speedRatio({ fp32Tflops: gpu.fp32Tflops, bandwidthGBps: gpu.bandwidthGBps }, cloud);
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
    out.push({ name: item.part.name, count: item.quantity, fp32Tflops: specs.fp32Tflops ?? null, bandwidthGBps: specs.bandwidthGBps ?? null, architecture: specs.architecture ?? null });
  }
  return out;
}
