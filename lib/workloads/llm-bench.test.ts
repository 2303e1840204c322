import { describe, expect, it } from "vitest";
import { LLM_BENCH_MODEL, llmBenchComparison } from "./llm-bench";
import { catalogModel, gpu, hardware } from "./test-fixtures";

const model = catalogModel(LLM_BENCH_MODEL.modelId);
const rtx4090 = hardware([gpu({ memoryGiB: 24, bandwidthBytesPerS: 1008e9, vectorFlops: 82.6e12, matrixFlops: 330.3e12 })]);
const note = `model ${LLM_BENCH_MODEL.fileName}; backend Vulkan`;

describe("llama-bench result against the estimate", () => {
  it("predicts the reference model with the backend's efficiencies and gives measured/predicted", () => {
    // geerlingguy/ai-benchmarks #43: RTX 4090, Vulkan, Llama 3.2 3B Q4_K_M: pp512 20323, tg128 334.67.
    const rows = llmBenchComparison([
      { id: "llm.pp512", status: "measured", value: 20323.29, note },
      { id: "llm.tg128", status: "measured", value: 334.67, note },
    ], rtx4090, model)!;
    expect(rows.map((r) => r.id)).toEqual(["llm.pp512", "llm.tg128"]);
    for (const r of rows) {
      expect(r.predicted).not.toBeNull();
      expect(r.ratio!).toBeGreaterThan(0.8);
      expect(r.ratio!).toBeLessThan(1.25);
    }
  });

  it("measures other models without predicting them, and reports missing rows", () => {
    const rows = llmBenchComparison([{ id: "llm.tg128", status: "measured", value: 50, note: "model mine.gguf; backend CUDA" }], rtx4090, model)!;
    expect(rows[1]).toMatchObject({ measured: 50, predicted: null, ratio: null });
    expect(rows[0]).toMatchObject({ measured: null, note: "Not in the result." });
    expect(llmBenchComparison([{ id: "os.gpu-count", status: "measured", value: 1 }], rtx4090, model)).toBeNull();
  });
});
