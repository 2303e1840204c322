import { describe, expect, it } from "vitest";
import { evaluateFineTune, evaluateInference } from "./evaluate";
import { bestFormatResult, evaluateWorkloads } from "./run";
import { catalogModel, gpu, hardware } from "./test-fixtures";

const llama8 = catalogModel("llama-3.1-8b");

describe("evaluateInference", () => {
  it("fits only when everything is in GPU memory, with the longest context that still fits", () => {
    const r = evaluateInference(hardware([gpu({ memoryGiB: 24 })]), llama8, "Q4_K_M", 4096, "f16");
    expect(r).toMatchObject({ placement: "gpu", fits: true, contextTokens: 4096 });
    expect(r.memory.totalBytes).toBe(r.memory.weightsBytes + r.memory.kvCacheBytes + r.memory.overheadBytes);
    expect(r.maxContextTokens).toBe(131072);
    const small = evaluateInference(hardware([gpu({ memoryGiB: 8 })]), llama8, "Q4_K_M", 4096, "f16");
    expect(small.fits).toBe(true);
    // 8 GiB - 4.91 GB weights - 0.81 GB reserve and compute buffer leaves 2.87 GB: ~21.9k tokens at 128 KiB.
    expect(small.maxContextTokens).toBeGreaterThan(21_000);
    expect(small.maxContextTokens).toBeLessThan(23_000);
  });

  it("a quantised KV cache lets more context fit", () => {
    const hw = hardware([gpu({ memoryGiB: 8 })]);
    const f16 = evaluateInference(hw, llama8, "Q4_K_M", 4096, "f16").maxContextTokens;
    const q4 = evaluateInference(hw, llama8, "Q4_K_M", 4096, "q4_0").maxContextTokens;
    expect(q4 / f16).toBeGreaterThan(3);
  });

  it("offloaded models are much slower than ones on the GPU, and report the RAM part", () => {
    const hw = hardware([gpu({ memoryGiB: 24 })], 64, 96);
    const r = evaluateInference(hw, catalogModel("llama-3.3-70b"), "Q4_K_M", 4096, "f16");
    expect(r.placement).toBe("offload");
    expect(r.fits).toBe(false);
    expect(r.offloadedBytes).toBeGreaterThan(15e9);
    expect(r.decodeTokensPerSecond!).toBeLessThan(5);
    const none = evaluateInference(hardware([gpu()], 16), catalogModel("llama-3.1-405b"), "Q4_K_M", 4096, "f16");
    expect(none).toMatchObject({ placement: "none", maxContextTokens: 0, decodeTokensPerSecond: null });
  });

  it("two cards hold a 70B model split by layers, at about one card's speed, with a tensor-parallel estimate", () => {
    const r = evaluateInference(hardware([gpu(), gpu()]), catalogModel("llama-3.3-70b"), "Q4_K_M", 4096, "f16");
    expect(r.placement).toBe("multi-gpu");
    expect(r.gpus).toHaveLength(2);
    expect(r.decodeTokensPerSecond!).toBeGreaterThan(12);
    expect(r.decodeTokensPerSecond!).toBeLessThan(25);
    expect(r.tensorParallel!.decodeTokensPerSecond).toBeGreaterThan(r.decodeTokensPerSecond!);
    expect(r.notes.join(" ")).toMatch(/host memory/);
  });

  it("MoE decode uses active parameters: Qwen3-30B-A3B decodes faster than dense Qwen3-14B", () => {
    const hw = hardware([gpu({ memoryGiB: 32 })]);
    const moe = evaluateInference(hw, catalogModel("qwen3-30b-a3b"), "Q4_K_M", 4096, "f16").decodeTokensPerSecond!;
    const dense = evaluateInference(hw, catalogModel("qwen3-14b"), "Q4_K_M", 4096, "f16").decodeTokensPerSecond!;
    expect(moe).toBeGreaterThan(2 * dense);
  });

  it("caps the context at the model's maximum, with a note", () => {
    const r = evaluateInference(hardware([gpu()]), catalogModel("phi-4"), "Q4_K_M", 100_000, "f16");
    expect(r.contextTokens).toBe(16384);
    expect(r.notes.join(" ")).toMatch(/capped/);
  });
});

describe("fine-tuning results", () => {
  it("QLoRA of an 8B model fits a 16 GB card; full fine-tuning does not", () => {
    const hw = hardware([gpu({ memoryGiB: 16 })]);
    const q = evaluateFineTune(hw, llama8, "qlora", 4096);
    expect(q).toMatchObject({ task: "qlora", format: "NF4", fits: true, placement: "gpu", decodeTokensPerSecond: null });
    expect(q.fineTune!.maxSequenceTokens).toBeGreaterThan(30_000);
    expect(evaluateFineTune(hw, llama8, "full", 4096)).toMatchObject({ fits: false, placement: "none" });
  });
});

describe("evaluateWorkloads", () => {
  it("one result per model x format x task, defaulting to the model's common format", () => {
    const hw = hardware([gpu()]);
    const models = [llama8, catalogModel("gpt-oss-20b")];
    const defaults = evaluateWorkloads(hw, models, { contextTokens: 4096, kvCacheFormat: "f16", tasks: ["inference"] });
    expect(defaults.map((r) => `${r.modelId}:${r.format}`)).toEqual(["llama-3.1-8b:Q4_K_M", "gpt-oss-20b:MXFP4"]);
    const many = evaluateWorkloads(hw, models, { formats: ["Q8_0", "Q4_K_M"], contextTokens: 4096, kvCacheFormat: "f16", tasks: ["inference", "qlora"] });
    expect(many).toHaveLength(2 * 3);
  });

  it("the best format is the highest-quality GGUF file that fits on the GPUs", () => {
    expect(bestFormatResult(hardware([gpu({ memoryGiB: 24 })]), llama8, 4096, "f16").format).toBe("Q8_0");
    expect(bestFormatResult(hardware([gpu({ memoryGiB: 8 })]), llama8, 4096, "f16").format).toBe("Q6_K");
    expect(bestFormatResult(hardware([gpu({ memoryGiB: 24 })]), catalogModel("gpt-oss-20b"), 4096, "f16").format).toBe("MXFP4");
    const offload = bestFormatResult(hardware([gpu({ memoryGiB: 8 })]), catalogModel("llama-3.3-70b"), 4096, "f16");
    expect(offload).toMatchObject({ format: "Q4_K_M", placement: "offload" });
  });
});
