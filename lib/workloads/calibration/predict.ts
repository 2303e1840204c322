import { SHARED, ENGINES, type EngineId, type EngineParams, type SharedParams } from "../engines";
import { FINE_TUNE, fineTuneMemory, type FineTuneParams } from "../fine-tune";
import type { GpuDevice } from "../hardware";
import { kvCache } from "../kv-cache";
import { decodeParams } from "../params";
import { decodeSecondsPerToken, prefillFlopsPerToken, prefillSecondsPerToken, type Portion } from "../speed";
import type { ModelSpec } from "../types";
import { decodeWeightBytes, weightsBytes } from "../weights";
import type { CalibrationGpu, Measurement } from "./schema";

export interface Parameters {
  engines: Readonly<Record<EngineId, EngineParams>>;
  shared: SharedParams;
  fineTune: FineTuneParams;
}

export const CURRENT_PARAMETERS: Parameters = { engines: ENGINES, shared: SHARED, fineTune: FINE_TUNE };

export function deviceOf(gpu: CalibrationGpu): GpuDevice {
  return {
    partId: null,
    name: gpu.name,
    vendor: gpu.vendor,
    architecture: null,
    memoryBytes: gpu.vramGiB * 2 ** 30,
    bandwidthBytesPerS: gpu.bandwidthGBps * 1e9,
    matrixFlops: (gpu.fp16TensorTflops ?? gpu.fp32Tflops) * 1e12,
    vectorFlops: gpu.fp32Tflops * 1e12,
    pcieGen: null,
    peerToPeer: false,
  };
}

type Lookup = { gpu: (id: string) => CalibrationGpu; model: (id: string) => ModelSpec };

/** The model's prediction for one measurement, in the measurement's unit. */
export function predict(m: Measurement, lookup: Lookup, p: Parameters = CURRENT_PARAMETERS): number {
  switch (m.kind) {
    case "decode": {
      const { setup } = m;
      const model = lookup.model(setup.model);
      const device = deviceOf(lookup.gpu(setup.gpu));
      const engine = p.engines[setup.engine];
      const layers = model.architecture.layers;
      const onGpu = setup.offload ? setup.offload.gpuLayers / layers : 1;
      const portions: Portion[] = Array.from({ length: setup.gpuCount }, () => ({ device, engine, share: onGpu / setup.gpuCount }));
      if (setup.offload) portions.push({ device: null, engine: null, share: 1 - onGpu });
      const context = setup.depthTokens + setup.generatedTokens / 2;
      const seconds = decodeSecondsPerToken({
        weightBytes: decodeWeightBytes(model, setup.format), kvBytes: kvCache(model, context, "f16").bytes, params: decodeParams(model), layers, portions,
        ramBandwidthBytesPerS: setup.offload ? setup.offload.ramBandwidthGBps * 1e9 : null, shared: p.shared,
      });
      return seconds ? 1 / seconds : NaN;
    }
    case "prefill": {
      const model = lookup.model(m.setup.model);
      const device = deviceOf(lookup.gpu(m.setup.gpu));
      const seconds = prefillSecondsPerToken({
        flopsPerToken: prefillFlopsPerToken(model, decodeParams(model), m.setup.promptTokens), portions: [{ device, engine: p.engines[m.setup.engine], share: 1 }], offloadedWeightBytes: 0, pcieBytesPerS: 1, ubatch: 512, shared: p.shared,
      });
      return seconds ? 1 / seconds : NaN;
    }
    case "weights":
      return weightsBytes(lookup.model(m.setup.model), m.setup.format);
    case "kv-cache":
      return kvCache(lookup.model(m.setup.model), m.setup.contextTokens, m.setup.kvCacheFormat).bytes;
    case "fine-tune":
    case "fine-tune-fits":
      return fineTuneMemory(lookup.model(m.setup.model), m.setup.method, m.setup.sequenceTokens, p.fineTune, m.setup.loraRank).totalBytes;
  }
}

/** Relative error of a prediction: +0.10 means 10 % above the published figure. */
export const relativeError = (predicted: number, measured: number) => predicted / measured - 1;
