import type { GpuDevice, GpuVendor } from "./hardware";

export type EngineId = "llama.cpp-cuda" | "llama.cpp-rocm" | "llama.cpp-vulkan";

export interface EngineParams {
  id: EngineId;
  label: string;
  /** Share of the card's peak memory bandwidth that decode kernels reach. */
  decodeBandwidthEfficiency: number;
  /**
   * Cost of dequantising and multiplying one weight in decode, in multiples of 2 FLOP at the card's
   * FP32 vector rate; it matters on cards with little compute for their bandwidth.
   */
  dequantAluFactor: number;
}

/**
 * Fitted on the "fit" half of lib/workloads/calibration/measurements.json by fitCalibration()
 * (calibration/fit.ts); calibration.test.ts refits and fails if these numbers drift from the fit.
 * docs/workloads.md reports the error on the held-out half.
 */
export const ENGINES: Readonly<Record<EngineId, EngineParams>> = {
  "llama.cpp-cuda": { id: "llama.cpp-cuda", label: "llama.cpp (CUDA)", decodeBandwidthEfficiency: 0.87, dequantAluFactor: 2 },
  "llama.cpp-rocm": { id: "llama.cpp-rocm", label: "llama.cpp (ROCm)", decodeBandwidthEfficiency: 0.57, dequantAluFactor: 0 },
  "llama.cpp-vulkan": { id: "llama.cpp-vulkan", label: "llama.cpp (Vulkan)", decodeBandwidthEfficiency: 0.95, dequantAluFactor: 3 },
};

export interface SharedParams {
  /** Fixed cost per layer per decoded token (kernel launches, synchronisation), seconds. */
  perLayerOverheadS: number;
  /** Share of the card's dense FP16 tensor throughput that prompt processing reaches. */
  prefillEfficiency: number;
  /** Share of theoretical DRAM bandwidth that CPU decode reaches (assumed, not fitted: one offload measurement only, held out). */
  cpuBandwidthEfficiency: number;
}

export const SHARED: SharedParams = { perLayerOverheadS: 32e-6, prefillEfficiency: 0.4, cpuBandwidthEfficiency: 0.6 };

/** The engine a local-AI builder runs on each vendor's cards (llama.cpp's backend for it). */
export function engineForVendor(vendor: GpuVendor): EngineId {
  if (vendor === "nvidia") return "llama.cpp-cuda";
  if (vendor === "amd") return "llama.cpp-rocm";
  return "llama.cpp-vulkan";
}

export function engineFor(device: GpuDevice, engines: Readonly<Record<EngineId, EngineParams>> = ENGINES): EngineParams {
  return engines[engineForVendor(device.vendor)];
}
