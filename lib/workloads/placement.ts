import type { BuildHardware, GpuDevice } from "./hardware";
import { DEFAULT_UBATCH } from "./kv-cache";
import type { ModelSpec, Placement } from "./types";

const GIB = 2 ** 30;
/** Driver and runtime context per GPU (CUDA/HIP context, cuBLAS workspace); a rule of thumb, see docs/workloads.md. */
export const RUNTIME_RESERVE_BYTES = 0.5 * GIB;
/** System RAM left for the OS and the engine itself when layers are offloaded. */
export const OS_RAM_RESERVE_BYTES = 4 * GIB;

/**
 * llama.cpp's compute buffer with flash attention at -ub 512: the f32 logits of a micro-batch on the
 * card that holds the output layer plus one hidden-state row per token (258.5 MiB for Llama 3 8B).
 */
export function computeBufferBytes(model: ModelSpec, holdsOutput: boolean, ubatch = DEFAULT_UBATCH): number {
  const { vocabSize, hiddenSize } = model.architecture;
  return ubatch * 4 * ((holdsOutput ? vocabSize : 0) + hiddenSize);
}

export interface GpuShare {
  device: GpuDevice;
  /** Weights and KV cache on this card. */
  bytes: number;
  /** Runtime reserve and compute buffer on this card. */
  overheadBytes: number;
}

export interface PlacementPlan {
  placement: Placement;
  shares: GpuShare[];
  /** Weights and KV cache in system RAM. */
  offloadedBytes: number;
  overheadBytes: number;
}

function usable(device: GpuDevice, model: ModelSpec, holdsOutput: boolean): { room: number; overhead: number } {
  const overhead = RUNTIME_RESERVE_BYTES + computeBufferBytes(model, holdsOutput);
  return { room: Math.max(device.memoryBytes - overhead, 0), overhead };
}

/**
 * Where `modelBytes` (weights + KV cache) go: the fastest single card that holds it; otherwise the
 * fastest cards filled in turn, split by whole layers (each extra card loses up to one layer to
 * rounding); otherwise as much as fits on the cards with the rest in system RAM; otherwise nowhere.
 */
export function placeModel(hw: BuildHardware, model: ModelSpec, modelBytes: number): PlacementPlan {
  const byBandwidth = gpusByBandwidth(hw);
  for (const device of byBandwidth) {
    const { room, overhead } = usable(device, model, true);
    if (room >= modelBytes) return { placement: "gpu", shares: [{ device, bytes: modelBytes, overheadBytes: overhead }], offloadedBytes: 0, overheadBytes: overhead };
  }
  const layerBytes = modelBytes / Math.max(model.architecture.layers, 1);
  const shares: GpuShare[] = [];
  // `capacity` sums what the cards can take; `placed` what they are given (the last card gets the rest).
  let capacity = 0;
  let placed = 0;
  for (const [index, device] of byBandwidth.entries()) {
    const { room, overhead } = usable(device, model, index === 0);
    const fits = Math.max(room - (index === 0 ? 0 : layerBytes), 0);
    capacity += fits;
    const take = Math.min(fits, modelBytes - placed);
    shares.push({ device, bytes: take, overheadBytes: overhead });
    placed += take;
    if (capacity >= modelBytes) break;
  }
  const overheadBytes = shares.reduce((sum, s) => sum + s.overheadBytes, 0);
  if (shares.length > 0 && capacity >= modelBytes) return { placement: "multi-gpu", shares: shares.filter((s) => s.bytes > 0), offloadedBytes: 0, overheadBytes };
  const offloadedBytes = modelBytes - capacity;
  const ramRoom = Math.max(hw.systemRamBytes - OS_RAM_RESERVE_BYTES, 0);
  const used = shares.filter((s) => s.bytes > 0);
  if (offloadedBytes <= ramRoom) {
    return { placement: "offload", shares: used, offloadedBytes, overheadBytes: used.reduce((sum, s) => sum + s.overheadBytes, 0) };
  }
  return { placement: "none", shares: [], offloadedBytes: 0, overheadBytes: 0 };
}

const sortedCache = new WeakMap<BuildHardware, GpuDevice[]>();

/** The build's cards, fastest memory first (computed once per hardware object). */
export function gpusByBandwidth(hw: BuildHardware): GpuDevice[] {
  let sorted = sortedCache.get(hw);
  if (!sorted) {
    sorted = [...hw.gpus].sort((a, b) => b.bandwidthBytesPerS - a.bandwidthBytesPerS);
    sortedCache.set(hw, sorted);
  }
  return sorted;
}

/**
 * placeModel(...).placement without building the plan: the longest-context search asks this ~30
 * times per model and format. Kept in step with placeModel by placement.test.ts.
 */
export function placementClass(hw: BuildHardware, model: ModelSpec, modelBytes: number): Placement {
  const byBandwidth = gpusByBandwidth(hw);
  const withOutput = RUNTIME_RESERVE_BYTES + computeBufferBytes(model, true);
  const without = RUNTIME_RESERVE_BYTES + computeBufferBytes(model, false);
  for (const device of byBandwidth) if (device.memoryBytes - withOutput >= modelBytes) return "gpu";
  const layerBytes = modelBytes / Math.max(model.architecture.layers, 1);
  let placed = 0;
  for (let i = 0; i < byBandwidth.length; i++) {
    const room = Math.max(byBandwidth[i]!.memoryBytes - (i === 0 ? withOutput : without), 0);
    placed += Math.max(room - (i === 0 ? 0 : layerBytes), 0);
    if (placed >= modelBytes) return "multi-gpu";
  }
  return modelBytes - placed <= Math.max(hw.systemRamBytes - OS_RAM_RESERVE_BYTES, 0) ? "offload" : "none";
}

/** Largest value in [1, max] for which `ok` holds, given `ok` only turns false as the value grows; 0 when even 1 fails. */
export function largestFitting(max: number, ok: (value: number) => boolean): number {
  if (max < 1 || !ok(1)) return 0;
  if (ok(max)) return max;
  let low = 1;
  let high = max;
  // At most ~31 steps for any int32 bound.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid;
  }
  return low;
}
