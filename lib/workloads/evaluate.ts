import { ENGINES, SHARED, engineFor, type EngineId, type EngineParams, type SharedParams } from "./engines";
import { fineTuneMemory, longestFineTuneSequence, type FineTuneMemory } from "./fine-tune";
import { WEIGHT_FORMATS } from "./formats";
import type { BuildHardware } from "./hardware";
import { DEFAULT_UBATCH, kvBytesFunction, kvCache, type KvLine } from "./kv-cache";
import { decodeParams } from "./params";
import { largestFitting, placeModel, placementClass, type PlacementPlan } from "./placement";
import { decodeSecondsPerToken, prefillFlopsPerToken, prefillSecondsPerToken, tensorParallelDecode, type Portion, type TensorParallel } from "./speed";
import type { KvCacheFormat, ModelSpec, Placement, Task, WeightFormatName } from "./types";
import { decodeWeightBytes, weightsBytes } from "./weights";

export interface WorkloadResult {
  modelId: string;
  format: WeightFormatName;
  task: Task;
  contextTokens: number;
  placement: Placement;
  fits: boolean;
  memory: { weightsBytes: number; kvCacheBytes: number; overheadBytes: number; totalBytes: number; gpuBytesAvailable: number };
  maxContextTokens: number;
  decodeTokensPerSecond: number | null;
  prefillTokensPerSecond: number | null;
  notes: string[];
  /** Where the weights and cache sit, card by card. */
  gpus: { name: string; memoryBytes: number; modelBytes: number; overheadBytes: number }[];
  offloadedBytes: number;
  kvCache: KvLine[];
  tensorParallel: TensorParallel | null;
  fineTune: (FineTuneMemory & { maxSequenceTokens: number }) | null;
}

export interface Calibration {
  engines: Readonly<Record<EngineId, EngineParams>>;
  shared: SharedParams;
}

const DEFAULT_CALIBRATION: Calibration = { engines: ENGINES, shared: SHARED };
const ROUND = (n: number | null) => (n === null || !Number.isFinite(n) ? null : Math.round(n * 10) / 10);

function portionsOf(plan: PlacementPlan, modelBytes: number, calibration: Calibration): Portion[] {
  const portions: Portion[] = plan.shares.map((s) => ({ device: s.device, engine: engineFor(s.device, calibration.engines), share: s.bytes / modelBytes }));
  if (plan.offloadedBytes > 0) portions.push({ device: null, engine: null, share: plan.offloadedBytes / modelBytes });
  return portions;
}

function inferenceNotes(model: ModelSpec, format: WeightFormatName, kvFormat: KvCacheFormat, plan: PlacementPlan, cappedFrom: number | null): string[] {
  const notes: string[] = [];
  if (cappedFrom !== null) notes.push(`Context capped at the model's maximum of ${model.contextMax} tokens (asked for ${cappedFrom}).`);
  if (WEIGHT_FORMATS[format].container === "safetensors") notes.push(`${format} runs on a PyTorch/vLLM-style engine; speeds assume it is as efficient as llama.cpp (not calibrated).`);
  if (kvFormat !== "f16") notes.push("A quantised V cache needs flash attention (-fa); sliding-window layers stay f16.");
  if (plan.placement === "offload") {
    notes.push(model.architecture.moe
      ? "Part of the model is in system RAM: keeping attention on the GPU and only experts in RAM (--n-cpu-moe) is usually faster than this layer split."
      : "Part of the model is in system RAM, so decode speed is set mostly by RAM bandwidth.");
  }
  if (plan.placement === "none") notes.push("Does not fit in GPU memory and system RAM together.");
  return notes;
}

export function evaluateInference(hw: BuildHardware, model: ModelSpec, format: WeightFormatName, contextTokens: number, kvFormat: KvCacheFormat, calibration = DEFAULT_CALIBRATION): WorkloadResult {
  const context = Math.min(contextTokens, model.contextMax);
  const weights = weightsBytes(model, format);
  const kv = kvCache(model, context, kvFormat);
  const modelBytes = weights + kv.bytes;
  const plan = placeModel(hw, model, modelBytes);
  const onGpu = plan.placement === "gpu" || plan.placement === "multi-gpu";
  const classOk = (p: Placement) => (onGpu ? p === "gpu" || p === "multi-gpu" : p !== "none");
  const kvAt = kvBytesFunction(model, kvFormat);
  const maxContextTokens = plan.placement === "none" ? 0 : largestFitting(model.contextMax, (c) => classOk(placementClass(hw, model, weights + kvAt(c))));
  const portions = portionsOf(plan, modelBytes, calibration);
  const params = decodeParams(model);
  const decode = plan.placement === "none" ? null : decodeSecondsPerToken({
    weightBytes: decodeWeightBytes(model, format), kvBytes: kv.bytes, params, layers: model.architecture.layers, portions, ramBandwidthBytesPerS: hw.systemRamBandwidthBytesPerS, shared: calibration.shared,
  });
  const prefill = plan.placement === "none" ? null : prefillSecondsPerToken({
    flopsPerToken: prefillFlopsPerToken(model, params, context), portions, offloadedWeightBytes: (plan.offloadedBytes * weights) / modelBytes, pcieBytesPerS: hw.pcieBytesPerS, ubatch: DEFAULT_UBATCH, shared: calibration.shared,
  });
  const multi = plan.shares.map((s) => s.device);
  const tensorParallel = plan.placement === "multi-gpu"
    ? tensorParallelDecode(model, decodeWeightBytes(model, format), kv.bytes, params, multi, multi.map((d) => engineFor(d, calibration.engines)), calibration.shared, hw.pcieBytesPerS)
    : null;
  return {
    modelId: model.id,
    format,
    task: "inference",
    contextTokens: context,
    placement: plan.placement,
    fits: onGpu,
    memory: { weightsBytes: Math.round(weights), kvCacheBytes: Math.round(kv.bytes), overheadBytes: Math.round(plan.overheadBytes), totalBytes: Math.round(modelBytes + plan.overheadBytes), gpuBytesAvailable: hw.gpus.reduce((s, g) => s + g.memoryBytes, 0) },
    maxContextTokens,
    decodeTokensPerSecond: decode ? ROUND(1 / decode) : null,
    prefillTokensPerSecond: prefill ? ROUND(1 / prefill) : null,
    notes: [...inferenceNotes(model, format, kvFormat, plan, contextTokens > model.contextMax ? contextTokens : null), ...(tensorParallel && !tensorParallel.peerToPeer ? ["Tensor parallel without peer-to-peer sends each all-reduce through host memory over PCIe."] : [])],
    gpus: plan.shares.map((s) => ({ name: s.device.name, memoryBytes: s.device.memoryBytes, modelBytes: Math.round(s.bytes), overheadBytes: Math.round(s.overheadBytes) })),
    offloadedBytes: Math.round(plan.offloadedBytes),
    kvCache: kv.lines,
    tensorParallel,
    fineTune: null,
  };
}

export function evaluateFineTune(hw: BuildHardware, model: ModelSpec, method: Exclude<Task, "inference">, contextTokens: number): WorkloadResult {
  const context = Math.min(contextTokens, model.contextMax);
  const memory = fineTuneMemory(model, method, context);
  const card = [...hw.gpus].sort((a, b) => b.memoryBytes - a.memoryBytes)[0];
  const fits = card !== undefined && memory.totalBytes <= card.memoryBytes;
  const maxSequenceTokens = card ? longestFineTuneSequence(model, method, card.memoryBytes) : 0;
  const format: WeightFormatName = method === "qlora" ? "NF4" : "BF16";
  return {
    modelId: model.id,
    format,
    task: method,
    contextTokens: context,
    placement: fits ? "gpu" : "none",
    fits,
    // Training runs on one card, so the memory available is that card's.
    memory: { weightsBytes: Math.round(memory.weightsBytes), kvCacheBytes: 0, overheadBytes: Math.round(memory.totalBytes - memory.weightsBytes), totalBytes: Math.round(memory.totalBytes), gpuBytesAvailable: card?.memoryBytes ?? 0 },
    maxContextTokens: maxSequenceTokens,
    decodeTokensPerSecond: null,
    prefillTokensPerSecond: null,
    notes: [
      `Batch size 1 with gradient checkpointing on one card${card ? ` (${card.name})` : ""}, as Unsloth trains; multi-GPU training (FSDP) is not estimated.`,
    ],
    gpus: card && fits ? [{ name: card.name, memoryBytes: card.memoryBytes, modelBytes: Math.round(memory.totalBytes - memory.overheadBytes), overheadBytes: Math.round(memory.overheadBytes) }] : [],
    offloadedBytes: 0,
    kvCache: [],
    tensorParallel: null,
    fineTune: { ...memory, maxSequenceTokens },
  };
}
