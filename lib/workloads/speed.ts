import type { EngineParams, SharedParams } from "./engines";
import type { GpuDevice } from "./hardware";
import type { ModelSpec } from "./types";

/** A share of the model's layers held by one GPU, or by system RAM when `device` is null. */
export interface Portion {
  device: GpuDevice | null;
  engine: EngineParams | null;
  share: number;
}

export interface DecodeInputs {
  /** Weight bytes read per token (active parameters only). */
  weightBytes: number;
  /** KV cache bytes read per token at the current context. */
  kvBytes: number;
  /** Parameters multiplied per token (for the dequantisation term). */
  params: number;
  layers: number;
  portions: Portion[];
  ramBandwidthBytesPerS: number | null;
  shared: SharedParams;
}

/**
 * Decode is bound by memory bandwidth: each token reads its share of the active weights and the
 * KV cache once. Split by layers, the cards work one after another, so their times add (per-card
 * bandwidth, not the sum); offloaded layers are read from system RAM at its bandwidth, which makes
 * the speed the harmonic mix of the two. Each card adds dequantisation work at its FP32 rate, and
 * every layer a fixed launch cost. Null when some memory's bandwidth is unknown.
 */
export function decodeSecondsPerToken(input: DecodeInputs): number | null {
  let seconds = input.layers * input.shared.perLayerOverheadS;
  for (const portion of input.portions) {
    if (portion.share <= 0) continue;
    const bytes = portion.share * (input.weightBytes + input.kvBytes);
    if (portion.device === null || portion.engine === null) {
      if (input.ramBandwidthBytesPerS === null) return null;
      seconds += bytes / (input.shared.cpuBandwidthEfficiency * input.ramBandwidthBytesPerS);
      continue;
    }
    seconds += bytes / (portion.engine.decodeBandwidthEfficiency * portion.device.bandwidthBytesPerS);
    if (portion.device.vectorFlops) seconds += (portion.engine.dequantAluFactor * 2 * portion.share * input.params) / portion.device.vectorFlops;
  }
  return seconds;
}

/** Matrix FLOPs per prompt token at prompt length `promptTokens`: 2 per weight plus attention over the earlier tokens. */
export function prefillFlopsPerToken(model: ModelSpec, params: number, promptTokens: number): number {
  const { queryHeads, headDim, attention } = model.architecture;
  const half = Math.max(promptTokens, 1) / 2;
  const attended = attention.reduce((sum, group) => {
    if (group.type === "full" || group.type === "mla") return sum + group.layers * half;
    if (group.type === "sliding") return sum + group.layers * Math.min(group.window, half);
    return sum;
  }, 0);
  return 2 * params + 4 * queryHeads * headDim * attended;
}

export interface PrefillInputs {
  flopsPerToken: number;
  portions: Portion[];
  /** Weight bytes held in system RAM; llama.cpp streams them to the GPU once per micro-batch. */
  offloadedWeightBytes: number;
  pcieBytesPerS: number;
  ubatch: number;
  shared: SharedParams;
}

/** Prompt processing is compute bound: FLOPs over the cards' dense FP16 throughput, plus streaming offloaded weights over PCIe. */
export function prefillSecondsPerToken(input: PrefillInputs): number | null {
  const gpus = input.portions.filter((p) => p.device !== null);
  if (gpus.length === 0) return null;
  let seconds = 0;
  for (const portion of input.portions) {
    const device = portion.device ?? gpus[0]!.device!;
    if (!device.matrixFlops) return null;
    seconds += (portion.share * input.flopsPerToken) / (input.shared.prefillEfficiency * device.matrixFlops);
  }
  if (input.offloadedWeightBytes > 0) seconds += input.offloadedWeightBytes / (input.pcieBytesPerS * input.ubatch);
  return seconds;
}

/**
 * All-reduce latency per call when GPUs exchange through host memory (no peer-to-peer) and with
 * peer-to-peer; assumed, not calibrated (see docs/workloads.md).
 */
export const ALLREDUCE_LATENCY_S = { hostStaged: 30e-6, peerToPeer: 10e-6 };

export interface TensorParallel {
  decodeTokensPerSecond: number;
  communicationMsPerToken: number;
  peerToPeer: boolean;
}

/**
 * Tensor parallel over n identical-role cards: every card reads 1/n of each layer, so bandwidths
 * add, but each layer does two all-reduces of the hidden state (ring: 2(n-1)/n of it per card).
 * Without peer-to-peer they cross the PCIe link twice through host memory.
 */
export function tensorParallelDecode(model: ModelSpec, weightBytes: number, kvBytes: number, params: number, gpus: GpuDevice[], engines: EngineParams[], shared: SharedParams, pcieBytesPerS: number): TensorParallel | null {
  const n = gpus.length;
  if (n < 2) return null;
  const slowest = gpus.reduce((min, gpu, i) => {
    const rate = engines[i]!.decodeBandwidthEfficiency * gpu.bandwidthBytesPerS;
    return Math.min(min, rate);
  }, Infinity);
  const peerToPeer = gpus.every((gpu) => gpu.peerToPeer);
  const hops = peerToPeer ? 1 : 2;
  const message = model.architecture.hiddenSize * 2;
  const perCall = (peerToPeer ? ALLREDUCE_LATENCY_S.peerToPeer : ALLREDUCE_LATENCY_S.hostStaged) + (hops * (2 * (n - 1)) / n * message) / pcieBytesPerS;
  const communication = 2 * model.architecture.layers * perCall;
  const compute = (weightBytes + kvBytes) / n / slowest + model.architecture.layers * shared.perLayerOverheadS
    + Math.max(...gpus.map((gpu, i) => (gpu.vectorFlops ? (engines[i]!.dequantAluFactor * 2 * params) / n / gpu.vectorFlops : 0)));
  return { decodeTokensPerSecond: 1 / (compute + communication), communicationMsPerToken: communication * 1000, peerToPeer };
}
