import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toResolvedPart, type ResolvedBuild } from "../builds/types";
import { loadBuiltinCatalog, loadExampleBuild } from "../catalog/builtin-catalog";
import { build2017, dual1080Ti2017, quad4090On850W } from "../compat/fixtures/builds";
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
    expect(estimateK(quad, cloudGpu("rtx-4090")).k).toBeCloseTo(4, 6);
  });

  it("leaves GPUs with unknown figures out and names them; null when none is known", () => {
    const known = { name: "A", count: 1, fp32Tflops: 4.37, bandwidthGBps: 240, architecture: null };
    const unknown = { name: "Mystery card", count: 1, fp32Tflops: null, bandwidthGBps: 240, architecture: null };
    expect(estimateK([known, unknown], cloudGpu("k80-gk210"))).toEqual({ k: 1, unknown: ["Mystery card"] });
    expect(estimateK([unknown], cloudGpu("k80-gk210"))).toEqual({ k: null, unknown: ["Mystery card"] });
    expect(estimateK([], cloudGpu("k80-gk210")).k).toBeNull();
  });
});
