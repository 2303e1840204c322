import { describe, expect, it } from "vitest";
import { kvBytesFunction, kvBytesPerToken, kvCache, slidingCells } from "./kv-cache";
import { catalogModel } from "./test-fixtures";

const MIB = 2 ** 20;

describe("KV cache per layer type", () => {
  it("full attention with GQA: 2 x KV heads x head dim x layers (Llama 3.1 8B: 128 KiB per token)", () => {
    expect(kvBytesPerToken(catalogModel("llama-3.1-8b"), "f16")).toBe(131072);
    expect(kvCache(catalogModel("llama-3.1-8b"), 4096, "f16").bytes).toBe(512 * MIB);
  });

  it("uses KV heads, not query heads: Command-R without GQA caches 8x a same-width GQA model", () => {
    // llama.cpp reported 5120 MiB at n_ctx 4096 for Command-R v01 (PR #6122).
    expect(kvCache(catalogModel("command-r-v01"), 4096, "f16").bytes).toBe(5120 * MIB);
    expect(kvBytesPerToken(catalogModel("llama-3.3-70b"), "f16")).toBe(327680);
  });

  it("uses config head_dim, not hidden/heads (gpt-oss: 64, not 2880/64 = 45)", () => {
    const full = kvCache(catalogModel("gpt-oss-20b"), 100_000, "f16").lines.find((l) => l.type === "full")!;
    expect(full.bytes).toBe(12 * 100_000 * 2 * 8 * 64 * 2);
  });

  it("sliding-window layers keep min(ctx, pad(window + ubatch, 256)) cells, the way llama.cpp sizes its SWA cache", () => {
    expect(slidingCells(100_000, 1024)).toBe(1536);
    expect(slidingCells(100_000, 128)).toBe(768);
    expect(slidingCells(500, 1024)).toBe(500);
    const gemma = kvCache(catalogModel("gemma-3-27b"), 131072, "f16");
    const sliding = gemma.lines.find((l) => l.type === "sliding")!;
    expect(sliding).toMatchObject({ layers: 52, cellsPerLayer: 1536 });
    // Only the 10 global layers grow with the context: 81,920 bytes per token.
    expect(kvBytesPerToken(catalogModel("gemma-3-27b"), "f16")).toBe(81920);
    expect(gemma.bytes).toBe(10 * 131072 * 2 * 16 * 128 * 2 + 52 * 1536 * 2 * 16 * 128 * 2);
  });

  it("MLA caches one latent plus the RoPE key per token per layer, no factor 2 and no heads (DeepSeek-V3: 70,272 bytes)", () => {
    expect(kvBytesPerToken(catalogModel("deepseek-v3"), "f16")).toBe((512 + 64) * 61 * 2);
  });

  it("linear-attention layers hold a fixed f32 state; only Qwen3-Next's 12 attention layers grow", () => {
    const model = catalogModel("qwen3-next-80b-a3b");
    const short = kvCache(model, 1, "f16").lines.find((l) => l.type === "linear")!;
    const long = kvCache(model, 200_000, "f16").lines.find((l) => l.type === "linear")!;
    expect(short.bytes).toBe(long.bytes);
    expect(short.bytes).toBe(36 * (32 * 128 * 128 + 3 * (2 * 16 * 128 + 32 * 128)) * 4);
    expect(kvBytesPerToken(model, "f16")).toBe(12 * 2 * 2 * 256 * 2);
  });

  it("q8_0 and q4_0 store 34 and 18 bytes per 32 values; sliding-window layers stay f16", () => {
    const llama = catalogModel("llama-3.1-8b");
    expect(kvCache(llama, 4096, "q8_0").bytes).toBeCloseTo((512 * MIB * 34) / 64, 0);
    expect(kvCache(llama, 4096, "q4_0").bytes).toBeCloseTo((512 * MIB * 18) / 64, 0);
    const gemma = catalogModel("gemma-3-27b");
    const f16 = kvCache(gemma, 32768, "f16").lines.find((l) => l.type === "sliding")!;
    const q4 = kvCache(gemma, 32768, "q4_0").lines.find((l) => l.type === "sliding")!;
    expect(q4.bytes).toBe(f16.bytes);
  });

  it("kvBytesFunction matches kvCache for every model at many contexts", () => {
    for (const id of ["llama-3.1-8b", "gemma-3-27b", "gpt-oss-120b", "deepseek-r1", "qwen3-next-80b-a3b", "command-r-v01"]) {
      const model = catalogModel(id);
      for (const format of ["f16", "q8_0", "q4_0"] as const) {
        const at = kvBytesFunction(model, format);
        for (const context of [0, 1, 100, 767, 768, 1535, 1536, 4096, 70_000, 131072]) expect(at(context)).toBe(kvCache(model, context, format).bytes);
      }
    }
  });
});
