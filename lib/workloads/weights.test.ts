import { describe, expect, it } from "vitest";
import { decodeParams } from "./params";
import { catalogModel } from "./test-fixtures";
import { decodeWeightBytes, weightsBytes } from "./weights";

const GIB = 2 ** 30;

describe("weights by format", () => {
  it("GGUF formats use the whole-file bits per weight measured by llama.cpp", () => {
    // tools/quantize/README.md: Llama-3.1-8B Q4_K_M is 4.58 GiB, F16 14.96 GiB.
    expect(weightsBytes(catalogModel("llama-3.1-8b"), "Q4_K_M") / GIB).toBeCloseTo(4.58, 1);
    expect(weightsBytes(catalogModel("llama-3.1-8b"), "FP16") / GIB).toBeCloseTo(14.96, 1);
    expect(weightsBytes(catalogModel("llama-3.1-8b"), "BF16")).toBe(8.03e9 * 2);
  });

  it("MXFP4 puts the routed experts at 4.25 bits and the rest at Q8_0 (gpt-oss GGUF sizes within 1 %)", () => {
    expect(weightsBytes(catalogModel("gpt-oss-20b"), "MXFP4") / (11.27 * GIB)).toBeGreaterThan(0.99);
    expect(weightsBytes(catalogModel("gpt-oss-120b"), "MXFP4") / (59.02 * GIB)).toBeCloseTo(1, 1);
  });

  it("AWQ/GPTQ/FP8 quantise the linear layers and keep embeddings at 16 bits", () => {
    const model = catalogModel("llama-3.1-8b");
    const embeddings = 2 * 128256 * 4096;
    expect(weightsBytes(model, "AWQ")).toBeCloseTo(((8.03e9 - embeddings) * 4.25) / 8 + embeddings * 2, 0);
    expect(weightsBytes(model, "FP8")).toBeCloseTo(8.03e9 - embeddings + embeddings * 2, 0);
  });

  it("decode reads only the active experts and one row of the input embedding", () => {
    const moe = catalogModel("qwen3-30b-a3b");
    expect(decodeParams(moe) / moe.paramsActive).toBeGreaterThan(0.85);
    expect(decodeParams(moe) / moe.paramsActive).toBeLessThan(1.05);
    expect(decodeWeightBytes(moe, "Q4_K_M")).toBeLessThan(weightsBytes(moe, "Q4_K_M") / 8);
    const dense = catalogModel("llama-3.1-8b");
    expect(decodeParams(dense)).toBe(8.03e9 - 128256 * 4096);
    // A tied matrix is read whole as the output head.
    expect(decodeParams(catalogModel("llama-3.2-3b"))).toBe(3.21e9);
  });
});
