import type { BenchmarkResult } from "../benchmark/result-schema";
import type { GpuFigures } from "./performance";

/**
 * What a matmul or a device copy sustains of the data-sheet peak on a card holding its clocks
 * (see lib/benchmark/thresholds.ts: cuBLAS SGEMM 70-90%, copies 80-90%). The box's figures are
 * measured, the cloud GPU's are peaks, so the peaks are scaled to what a run on it would show.
 */
export const SUSTAINED_FP32_SHARE = 0.8;
export const SUSTAINED_BANDWIDTH_SHARE = 0.85;

/** Per-GPU figures a benchmark run measured, in GPU index order; GPUs missing either are skipped. */
export function measuredGpuFigures(result: BenchmarkResult): GpuFigures[] {
  const measured = new Map<string, number>();
  for (const m of result.measurements) if (m.status === "measured") measured.set(m.id, m.value);
  const out: GpuFigures[] = [];
  for (const gpu of result.machine.gpus) {
    const fp32Tflops = measured.get(`compute.fp32-matmul.gpu${gpu.index}`);
    const bandwidthGBps = measured.get(`compute.memory-bandwidth.gpu${gpu.index}`);
    if (fp32Tflops && bandwidthGBps) out.push({ fp32Tflops, bandwidthGBps });
  }
  return out;
}

/**
 * The hook through which the user's own benchmark results override the spec-sheet k: the same
 * geometric mean, with measured figures against the cloud GPU's sustained estimate. null when
 * the run measured no GPU.
 */
export function kFromMeasured(gpus: readonly GpuFigures[], cloud: GpuFigures): number | null {
  if (gpus.length === 0) return null;
  const fp32 = cloud.fp32Tflops * SUSTAINED_FP32_SHARE;
  const bandwidth = cloud.bandwidthGBps * SUSTAINED_BANDWIDTH_SHARE;
  return gpus.reduce((sum, gpu) => sum + Math.sqrt((gpu.fp32Tflops / fp32) * (gpu.bandwidthGBps / bandwidth)), 0);
}
