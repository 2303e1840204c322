import { evaluateFineTune, evaluateInference, type WorkloadResult } from "./evaluate";
import { WEIGHT_FORMATS } from "./formats";
import type { BuildHardware } from "./hardware";
import { kvBytesFunction } from "./kv-cache";
import { placementClass } from "./placement";
import { weightsBytes } from "./weights";
import type { KvCacheFormat, ModelSpec, Task, WeightFormatName } from "./types";

export interface WorkloadOptions {
  /** Formats to evaluate; absent means each model's most common local format. */
  formats?: readonly WeightFormatName[];
  contextTokens: number;
  kvCacheFormat: KvCacheFormat;
  tasks: readonly Task[];
  /** One inference result per model: the highest-quality format that fits in GPU memory. */
  bestFormatOnly?: boolean;
}

/** Formats people run locally, by quality; a model's `formats` list narrows it. */
const LOCAL_FORMATS: WeightFormatName[] = ["BF16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q3_K_M", "Q2_K"];

export function candidateFormats(model: ModelSpec): WeightFormatName[] {
  const list = model.formats ?? LOCAL_FORMATS;
  return [...list].sort((a, b) => WEIGHT_FORMATS[a].qualityRank - WEIGHT_FORMATS[b].qualityRank);
}

/**
 * The highest-quality GGUF format that fits entirely in GPU memory at the context, else the
 * model's default format (offloaded or not fitting). BF16 stays available in the detail view; the
 * table sticks to the quantised files people run locally.
 */
export function bestFormatResult(hw: BuildHardware, model: ModelSpec, contextTokens: number, kvFormat: KvCacheFormat): WorkloadResult {
  const context = Math.min(contextTokens, model.contextMax);
  const kv = kvBytesFunction(model, kvFormat)(context);
  for (const format of candidateFormats(model)) {
    if (WEIGHT_FORMATS[format].container !== "gguf") continue;
    const placement = placementClass(hw, model, weightsBytes(model, format) + kv);
    if (placement === "gpu" || placement === "multi-gpu") return evaluateInference(hw, model, format, contextTokens, kvFormat);
  }
  return evaluateInference(hw, model, model.defaultFormat, contextTokens, kvFormat);
}

/** Every requested (model, format, task); loops are bounded by the validated request sizes. */
export function evaluateWorkloads(hw: BuildHardware, models: readonly ModelSpec[], options: WorkloadOptions): WorkloadResult[] {
  const results: WorkloadResult[] = [];
  for (const model of models) {
    for (const task of options.tasks) {
      if (task !== "inference") {
        results.push(evaluateFineTune(hw, model, task, options.contextTokens));
        continue;
      }
      if (options.bestFormatOnly) {
        results.push(bestFormatResult(hw, model, options.contextTokens, options.kvCacheFormat));
        continue;
      }
      for (const format of options.formats ?? [model.defaultFormat]) {
        results.push(evaluateInference(hw, model, format, options.contextTokens, options.kvCacheFormat));
      }
    }
  }
  return results;
}
