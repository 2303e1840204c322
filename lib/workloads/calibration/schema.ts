import { z } from "zod";
import { modelSpecSchema } from "../model-schema";
import { KV_CACHE_FORMATS, WEIGHT_FORMAT_NAMES } from "../types";

const source = z.strictObject({ url: z.url(), what: z.string().min(1), date: z.string().min(4) });
const engine = z.enum(["llama.cpp-cuda", "llama.cpp-rocm", "llama.cpp-vulkan"]);
const gpu = z.strictObject({
  name: z.string(),
  vendor: z.enum(["nvidia", "amd", "intel"]),
  vramGiB: z.number().positive(),
  bandwidthGBps: z.number().positive(),
  fp32Tflops: z.number().positive(),
  fp16TensorTflops: z.number().positive().optional(),
});
const common = {
  id: z.string().min(1),
  /** "fit" rows set the efficiencies; "holdout" rows only measure the error. */
  split: z.enum(["fit", "holdout"]),
  value: z.number().positive(),
  source,
  note: z.string().optional(),
  /** Reported in docs/workloads.md but outside the asserted bound, with the reason. */
  outsideBound: z.string().optional(),
};
const speedSetup = { gpu: z.string(), gpuCount: z.number().int().min(1).max(8), model: z.string(), format: z.enum(WEIGHT_FORMAT_NAMES), engine };

export const measurementSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    ...common, kind: z.literal("decode"), unit: z.literal("tok/s"),
    setup: z.strictObject({ ...speedSetup, depthTokens: z.number().int().min(0), generatedTokens: z.number().int().min(1), offload: z.strictObject({ gpuLayers: z.number().int().min(0), ramBandwidthGBps: z.number().positive() }).optional() }),
  }),
  z.strictObject({ ...common, kind: z.literal("prefill"), unit: z.literal("tok/s"), setup: z.strictObject({ ...speedSetup, promptTokens: z.number().int().min(1) }) }),
  z.strictObject({ ...common, kind: z.literal("weights"), unit: z.literal("bytes"), setup: z.strictObject({ model: z.string(), format: z.enum(WEIGHT_FORMAT_NAMES) }) }),
  z.strictObject({ ...common, kind: z.literal("kv-cache"), unit: z.literal("bytes"), setup: z.strictObject({ model: z.string(), contextTokens: z.number().int().min(1), kvCacheFormat: z.enum(KV_CACHE_FORMATS) }) }),
  z.strictObject({
    ...common, kind: z.enum(["fine-tune", "fine-tune-fits"]), unit: z.literal("bytes"),
    setup: z.strictObject({ model: z.string(), method: z.enum(["lora", "qlora", "full"]), loraRank: z.number().int().min(1).max(1024), sequenceTokens: z.number().int().min(1) }),
  }),
]);

export const calibrationFileSchema = z.strictObject({
  gpus: z.record(z.string(), gpu),
  /** Models measured in published benchmarks that are not in the built-in catalog. */
  models: z.array(modelSpecSchema),
  measurements: z.array(measurementSchema).min(15),
});

export type CalibrationFile = z.infer<typeof calibrationFileSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type CalibrationGpu = z.infer<typeof gpu>;
