import { describe, expect, it } from "vitest";
import { FINE_TUNE, fineTuneMemory, longestFineTuneSequence, loraParams } from "./fine-tune";
import { catalogModel } from "./test-fixtures";

const model = catalogModel("llama-3.1-8b");

describe("fine-tuning memory", () => {
  it("full fine-tuning with mixed-precision AdamW: 2 + 2 + 12 bytes per parameter (ZeRO)", () => {
    const m = fineTuneMemory(model, "full", 0);
    expect(m.weightsBytes + m.gradientsBytes + m.optimizerBytes).toBe(16 * 8.03e9);
    expect(m.trainableParams).toBe(8.03e9);
  });

  it("LoRA trains only the adapters; QLoRA keeps linear layers in NF4 (4.127 bits) and embeddings in BF16", () => {
    const lora = fineTuneMemory(model, "lora", 0);
    const qlora = fineTuneMemory(model, "qlora", 0);
    expect(lora.trainableParams).toBe(loraParams(model, 16));
    expect(lora.weightsBytes).toBe(8.03e9 * 2);
    const embeddings = 2 * 128256 * 4096;
    expect(qlora.weightsBytes).toBeCloseTo(((8.03e9 - embeddings) * 4.127) / 8 + embeddings * 2, -6);
    expect(qlora.totalBytes).toBeLessThan(lora.totalBytes / 2);
  });

  it("LoRA rank r on q, k, v, o, gate, up, down adds r x (in + out) per projection", () => {
    // Llama 3.1 8B at r = 32: about 84M adapter parameters.
    expect(loraParams(model, 32)).toBe(32 * 32 * (2 * (4096 + 4096) + 2 * (4096 + 1024) + 3 * (4096 + 14336)));
  });

  it("activations with checkpointing grow with hidden x tokens; without it also with layers", () => {
    const short = fineTuneMemory(model, "qlora", 1000);
    const long = fineTuneMemory(model, "qlora", 2000);
    expect(long.activationsCheckpointedBytes).toBe(2 * short.activationsCheckpointedBytes);
    expect(long.activationsFullBytes).toBeGreaterThan(long.activationsCheckpointedBytes * 10);
  });

  it("the longest sequence is the one whose memory just fits", () => {
    const memory = 24 * 2 ** 30;
    const tokens = longestFineTuneSequence(model, "qlora", memory);
    expect(fineTuneMemory(model, "qlora", tokens).totalBytes).toBeLessThanOrEqual(memory);
    expect(fineTuneMemory(model, "qlora", tokens + 1).totalBytes).toBeGreaterThan(memory);
    expect(longestFineTuneSequence(model, "full", memory)).toBe(0);
    expect(FINE_TUNE.nf4BitsPerWeight).toBeCloseTo(4.127, 3);
  });
});
