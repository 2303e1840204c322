import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toResolvedPart, type ResolvedBuild } from "../builds/types";
import { loadBuiltinCatalog, loadExampleBuild } from "../catalog/builtin-catalog";
import { build2017, dual1080Ti2017, quad4090On850W } from "../compat/fixtures/builds";
import { catalogPart } from "../compat/fixtures/catalog-parts";
import { cloudGpu } from "./cloud-gpus";
import { boxGpus, estimateK, speedRatio } from "./performance";

const SEED = fileURLToPath(new URL("../../prisma/seed", import.meta.url));

/** The seeded example build, resolved against the built-in catalog as the app does. */
function exampleBuild(): ResolvedBuild {
  const parts = new Map(loadBuiltinCatalog(path.join(SEED, "parts")).map((p) => [p.id, p]));
  const draft = loadExampleBuild(path.join(SEED, "example-build.json"));
  const items = draft.items.map((item, i) => {
    if (!("partId" in item)) throw new Error("catalog parts only");
    const part = parts.get(item.partId)!;
    return { id: `item-${i}`, part: toResolvedPart(part, part.model), quantity: item.quantity, priceCents: item.priceCents ?? null, discountCents: 0 };
  });
  return { name: draft.name ?? "", currency: "USD", shippingCents: 0, taxMilliPct: 0, notes: "", items };
}

describe("performance factor k", () => {
  it("puts the example 1080 Ti box at 2.0-2.5x one K80 GK210, the range the 2017 build measured", () => {
    const { k, unknown } = estimateK(boxGpus(exampleBuild()), cloudGpu("k80-gk210"));
    expect(unknown).toEqual([]);
    // sqrt(11.34 / 4.37 x 484 / 240) = sqrt(2.595 x 2.017)
    expect(k).toBeCloseTo(2.288, 3);
    expect(k).toBeGreaterThanOrEqual(2.0);
    expect(k).toBeLessThanOrEqual(2.5);
  });

  it("is 1 against the same GPU and symmetric in its inverse", () => {
    const h100 = cloudGpu("h100-sxm");
    const t4 = cloudGpu("t4");
    expect(speedRatio(h100, h100)).toBe(1);
    expect(speedRatio(h100, t4) * speedRatio(t4, h100)).toBeCloseTo(1, 12);
  });

  it("adds GPUs up: two 1080 Ti are twice one, four 4090 four times one", () => {
    const gk210 = cloudGpu("k80-gk210");
    const one = estimateK(boxGpus(build2017), gk210).k!;
    expect(estimateK(boxGpus(dual1080Ti2017), gk210).k).toBeCloseTo(2 * one, 10);
    const quad = boxGpus(quad4090On850W);
    expect(quad.reduce((n, g) => n + g.count, 0)).toBe(4);
    expect(estimateK(quad, cloudGpu("rtx-4090"), "fp32").k).toBeCloseTo(4, 6);
  });

  it("leaves GPUs with unknown figures out and names them; null when none is known", () => {
    const known = { name: "A", count: 1, fp32Tflops: 4.37, fp16TensorTflops: null, bandwidthGBps: 240, architecture: "Kepler", geforce: false };
    const unknown = { name: "Mystery card", count: 1, fp32Tflops: null, fp16TensorTflops: null, bandwidthGBps: 240, architecture: null, geforce: false };
    expect(estimateK([known, unknown], cloudGpu("k80-gk210"))).toEqual({ k: 1, unknown: ["Mystery card"] });
    expect(estimateK([unknown], cloudGpu("k80-gk210"))).toEqual({ k: null, unknown: ["Mystery card"] });
    expect(estimateK([], cloudGpu("k80-gk210")).k).toBeNull();
  });

  // Issue #15, item 11: k used FP32 and bandwidth only, so an RTX 4090 came out as 1.66 A100s and
  // 0.61 of an H100 SXM, while in BF16 training it is roughly 0.2-0.3 of an H100.
  it("uses dense tensor throughput from Volta on: an RTX 4090 is about 0.22 of an H100 SXM in BF16", () => {
    const rtx4090 = boxGpus({ ...build2017, items: [{ id: "g", part: catalogPart("gpu-nvidia-geforce-rtx-4090-fe"), quantity: 1, priceCents: null, discountCents: 0 }] });
    // sqrt(165 / 989 x 1008 / 3352): GeForce tensor at half its quoted 330 TFLOPS (FP32 accumulation).
    const tensor = estimateK(rtx4090, cloudGpu("h100-sxm"), "tensor").k!;
    expect(tensor).toBeCloseTo(0.224, 3);
    expect(tensor).toBeGreaterThanOrEqual(0.2);
    expect(tensor).toBeLessThanOrEqual(0.3);
    // The FP32 view, still shown beside it: the figures the issue quotes.
    expect(estimateK(rtx4090, cloudGpu("h100-sxm"), "fp32").k).toBeCloseTo(0.61, 2);
    expect(estimateK(rtx4090, cloudGpu("a100-40gb"), "fp32").k).toBeCloseTo(1.66, 2);
    expect(estimateK(rtx4090, cloudGpu("a100-40gb"), "tensor").k).toBeCloseTo(Math.sqrt((165 / 312) * (1008 / 1555)), 6);
  });

  it("keeps FP32 for pre-Volta cards on both bases, so the 2017 box stays at 2.29 GK210s", () => {
    const box = boxGpus(exampleBuild());
    expect(estimateK(box, cloudGpu("k80-gk210"), "tensor").k).toBeCloseTo(estimateK(box, cloudGpu("k80-gk210"), "fp32").k!, 12);
  });

  it("counts workstation cards' tensor rate in full and names cards without a tensor figure", () => {
    const a6000 = { name: "RTX A6000", count: 1, fp32Tflops: 38.71, fp16TensorTflops: 155, bandwidthGBps: 768, architecture: "Ampere", geforce: false };
    expect(estimateK([a6000], cloudGpu("a100-40gb"), "tensor").k).toBeCloseTo(Math.sqrt((155 / 312) * (768 / 1555)), 6);
    const noTensor = { ...a6000, name: "Custom Ampere card", fp16TensorTflops: null };
    expect(estimateK([noTensor], cloudGpu("a100-40gb"), "tensor")).toEqual({ k: null, unknown: ["Custom Ampere card"] });
  });
});

