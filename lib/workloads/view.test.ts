import { describe, expect, it } from "vitest";
import { evaluateFineTune, evaluateInference } from "./evaluate";
import { catalogModel, gpu, hardware } from "./test-fixtures";
import { formatGiB, formatSpeed, formatTokens, memoryBar } from "./view";

describe("memory bar view", () => {
  it("inference: weights, KV cache and overhead against the build's GPU memory", () => {
    const r = evaluateInference(hardware([gpu({ memoryGiB: 24 })]), catalogModel("llama-3.1-8b"), "Q4_K_M", 4096, "f16");
    const bar = memoryBar(r);
    expect(bar.segments.map((s) => s.key)).toEqual(["weights", "kv", "overhead"]);
    expect(bar.totalBytes).toBe(r.memory.totalBytes);
    expect(bar).toMatchObject({ capacityBytes: 24 * 2 ** 30, overflowBytes: 0 });
  });

  it("offloaded results show what overflows into RAM", () => {
    const bar = memoryBar(evaluateInference(hardware([gpu({ memoryGiB: 8 })]), catalogModel("llama-3.3-70b"), "Q4_K_M", 4096, "f16"));
    expect(bar.overflowBytes).toBeGreaterThan(30 * 2 ** 30);
  });

  it("fine-tuning: the parts of training memory against the card it runs on", () => {
    const bar = memoryBar(evaluateFineTune(hardware([gpu({ memoryGiB: 24 })]), catalogModel("llama-3.1-8b"), "qlora", 4096));
    expect(bar.segments.map((s) => s.key)).toEqual(["weights", "trainable", "optimizer", "activations", "overhead"]);
    expect(bar.capacityBytes).toBe(24 * 2 ** 30);
  });

  it("formats sizes, token counts and speeds for tables", () => {
    expect(formatGiB(4.58 * 2 ** 30)).toBe("4.58 GiB");
    expect(formatGiB(43.1 * 2 ** 30)).toBe("43.1 GiB");
    expect(formatTokens(131072)).toBe("128k");
    expect(formatTokens(21890)).toBe("22k");
    expect(formatTokens(4000)).toBe("4,000");
    expect(formatSpeed(null)).toBe("—");
    expect(formatSpeed(249.7)).toBe("250");
    expect(formatSpeed(2.71)).toBe("2.7");
  });
});
