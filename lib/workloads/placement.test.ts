import { describe, expect, it } from "vitest";
import { computeBufferBytes, largestFitting, placeModel, placementClass, RUNTIME_RESERVE_BYTES } from "./placement";
import { catalogModel, gpu, hardware } from "./test-fixtures";

const GIB = 2 ** 30;
const model = catalogModel("llama-3.1-8b");

describe("placement", () => {
  it("one card when it holds weights, cache, compute buffer and runtime reserve", () => {
    const plan = placeModel(hardware([gpu({ memoryGiB: 24 })]), model, 20 * GIB);
    expect(plan.placement).toBe("gpu");
    expect(plan.overheadBytes).toBe(RUNTIME_RESERVE_BYTES + computeBufferBytes(model, true));
  });

  it("llama.cpp's compute buffer is the f32 logits of a 512-token micro-batch plus one hidden row per token (258.5 MiB for Llama 3 8B)", () => {
    expect(computeBufferBytes(model, true) / 2 ** 20).toBeCloseTo(258.5, 0);
  });

  it("split by layers across cards, fastest first, when no single card holds it", () => {
    const slow = gpu({ name: "slow", bandwidthBytesPerS: 300e9 });
    const fast = gpu({ name: "fast", bandwidthBytesPerS: 900e9 });
    const plan = placeModel(hardware([slow, fast]), model, 30 * GIB);
    expect(plan.placement).toBe("multi-gpu");
    expect(plan.shares.map((s) => s.device.name)).toEqual(["fast", "slow"]);
    expect(plan.shares[0]!.bytes).toBeGreaterThan(plan.shares[1]!.bytes);
    expect(plan.shares.reduce((s, x) => s + x.bytes, 0)).toBeCloseTo(30 * GIB, 0);
  });

  it("offload puts what does not fit on the cards in system RAM, and none when RAM is short too", () => {
    const hw = hardware([gpu({ memoryGiB: 8 })], 32);
    const offload = placeModel(hw, model, 20 * GIB);
    expect(offload.placement).toBe("offload");
    expect(offload.offloadedBytes).toBeGreaterThan(12 * GIB);
    expect(placeModel(hw, model, 60 * GIB).placement).toBe("none");
    expect(placeModel(hardware([], 64), model, 20 * GIB).placement).toBe("offload");
  });

  it("placementClass always agrees with placeModel", () => {
    const builds = [hardware([gpu({ memoryGiB: 8 })], 16), hardware([gpu(), gpu({ memoryGiB: 12, bandwidthBytesPerS: 300e9 })], 64), hardware([], 128), hardware([gpu({ memoryGiB: 96 })], 0)];
    for (const hw of builds) for (let gib = 0; gib < 150; gib += 0.75) expect(placementClass(hw, model, gib * GIB)).toBe(placeModel(hw, model, gib * GIB).placement);
  });

  it("largestFitting finds the boundary of a monotone test", () => {
    expect(largestFitting(131072, (c) => c <= 70_000)).toBe(70_000);
    expect(largestFitting(131072, () => true)).toBe(131072);
    expect(largestFitting(131072, () => false)).toBe(0);
  });
});
