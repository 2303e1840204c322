import { embeddingParams, linearParams } from "./params";
import type { ModelSpec, Task } from "./types";

export type FineTuneMethod = Exclude<Task, "inference">;

export interface FineTuneParams {
  /** LoRA rank (Unsloth's notebooks default to 16). */
  loraRank: number;
  /** NF4 with double quantisation: 4 + 8/64 + 32/(64 x 256) bits (QLoRA paper, section 3). */
  nf4BitsPerWeight: number;
  /** GPU bytes per token per hidden unit with Unsloth's offloaded gradient checkpointing (fitted). */
  checkpointedBytesPerHiddenPerToken: number;
  /** Activation bytes per token per hidden unit per layer without checkpointing: 34 (Korthikanti et al. 2022, with FlashAttention). */
  fullBytesPerHiddenPerTokenPerLayer: number;
  /** CUDA context, cuBLAS workspace and allocator slack (fitted). */
  fixedOverheadBytes: number;
}

/** Fitted on the "fit" rows of calibration/measurements.json; calibration.test.ts checks they match the fit. */
export const FINE_TUNE: FineTuneParams = {
  loraRank: 16,
  nf4BitsPerWeight: 4 + 8 / 64 + 32 / (64 * 256),
  checkpointedBytesPerHiddenPerToken: 55.55,
  fullBytesPerHiddenPerTokenPerLayer: 34,
  fixedOverheadBytes: 1.71e9,
};

export interface FineTuneMemory {
  method: FineTuneMethod;
  weightsBytes: number;
  adapterBytes: number;
  gradientsBytes: number;
  optimizerBytes: number;
  activationsCheckpointedBytes: number;
  activationsFullBytes: number;
  overheadBytes: number;
  /** With gradient checkpointing (the default), at batch size 1. */
  totalBytes: number;
  trainableParams: number;
}

/** LoRA parameters on q, k, v, o and, for dense layers, gate/up/down: rank x (in + out) per projection. */
export function loraParams(model: ModelSpec, rank: number): number {
  const a = model.architecture;
  const q = a.queryHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  const attention = (a.hiddenSize + q) * 2 + (a.hiddenSize + kv) * 2;
  const denseLayers = a.layers - (a.moe?.moeLayers ?? 0);
  const mlp = 3 * (a.hiddenSize + a.intermediateSize);
  return rank * (a.layers * attention + denseLayers * mlp);
}

/**
 * Memory of fine-tuning at batch size 1 and `sequenceTokens`, by part:
 * full: BF16 weights and gradients (2 + 2 bytes) and AdamW state with an FP32 master copy (12 bytes),
 * the 16 bytes per parameter of the ZeRO paper; LoRA: BF16 base weights; QLoRA: NF4 linear weights
 * with BF16 embeddings. Adapters train in BF16 with 8-bit AdamW (2 + 2 + 2 bytes per adapter
 * parameter, Unsloth's defaults).
 */
export function fineTuneMemory(model: ModelSpec, method: FineTuneMethod, sequenceTokens: number, params: FineTuneParams = FINE_TUNE, rank = params.loraRank): FineTuneMemory {
  const total = model.paramsTotal;
  const { input, output } = embeddingParams(model);
  const hidden = model.architecture.hiddenSize;
  const tokens = Math.max(0, sequenceTokens);
  const adapters = method === "full" ? 0 : loraParams(model, rank);
  const weightsBytes = method === "qlora" ? (linearParams(model) * params.nf4BitsPerWeight) / 8 + (input + output) * 2 : total * 2;
  const trainable = method === "full" ? total : adapters;
  const adapterBytes = adapters * 2;
  const gradientsBytes = trainable * 2;
  const optimizerBytes = method === "full" ? total * 12 : adapters * 2;
  const activationsCheckpointedBytes = params.checkpointedBytesPerHiddenPerToken * hidden * tokens;
  const activationsFullBytes = params.fullBytesPerHiddenPerTokenPerLayer * hidden * model.architecture.layers * tokens + activationsCheckpointedBytes;
  const overheadBytes = params.fixedOverheadBytes;
  return {
    method,
    weightsBytes,
    adapterBytes,
    gradientsBytes,
    optimizerBytes,
    activationsCheckpointedBytes,
    activationsFullBytes,
    overheadBytes,
    totalBytes: weightsBytes + adapterBytes + gradientsBytes + optimizerBytes + activationsCheckpointedBytes + overheadBytes,
    trainableParams: trainable,
  };
}

/** Longest sequence at batch 1 that fits in `memoryBytes` with gradient checkpointing; 0 when none does. */
export function longestFineTuneSequence(model: ModelSpec, method: FineTuneMethod, memoryBytes: number, params: FineTuneParams = FINE_TUNE, rank = params.loraRank): number {
  const base = fineTuneMemory(model, method, 0, params, rank).totalBytes;
  const perToken = params.checkpointedBytesPerHiddenPerToken * model.architecture.hiddenSize;
  if (memoryBytes <= base || perToken <= 0) return 0;
  return Math.min(Math.floor((memoryBytes - base) / perToken), model.contextMax);
}
