import { describe, expect, it } from "vitest";
import { CLOUD_PRESETS } from "./cloud-presets";
import { defaultPresetId } from "./defaults";
import { defaultForm, parseForm } from "./form";
import type { BoxGpu } from "./performance";
import { CUSTOM_CLOUD, type OwnershipSetup } from "./setup";

const gtx1080Ti: BoxGpu = { name: "GeForce GTX 1080 Ti", count: 1, fp32Tflops: 11.34, fp16TensorTflops: null, bandwidthGBps: 484, architecture: "Pascal", geforce: true };
const rtx4090: BoxGpu = { name: "GeForce RTX 4090", count: 1, fp32Tflops: 82.6, fp16TensorTflops: 330, bandwidthGBps: 1008, architecture: "Ada", geforce: true };

const setup: OwnershipSetup = {
  currency: "USD", purchaseCents: 216_591, unknownPriceCount: 0, unpricedItems: [], estimatedLoadW: 391, trainingWallW: 445, idleWallW: 157, wallBasis: "test",
  gpus: [gtx1080Ti], measured: null, defaultPresetId: defaultPresetId([gtx1080Ti]),
};

describe("build-or-rent form", () => {
  it("starts the 2017 box on the 2017 p2.xlarge with its spec k and the power estimate", () => {
    const form = defaultForm(setup);
    // Issue #15, item 11: the load is the wall draw (DC estimate / PSU efficiency), and idle has its own draw.
    expect(form).toMatchObject({ cloud: "aws-p2-xlarge-2017", kMode: "spec", ownK: "2.29", loadW: "445", idleW: "157", idleHoursPerWeek: "0", kwhCurrency: "USD", resale: "" });
    const parsed = parseForm(form, setup);
    expect(parsed.errors).toEqual({});
    expect(parsed.input).toMatchObject({ purchaseCents: 216_591, hoursPerWeek: 20, loadW: 445, idleW: 157, idleHoursPerWeek: 0, resale: null, cloud: { milliCentsPerHour: 90_000, currency: "USD" } });
    expect(parsed.input!.k).toBeCloseTo(2.288, 3);
  });

  it("starts a newer box on the current offer whose GPU is closest in speed", () => {
    expect(defaultPresetId([rtx4090])).toBe("runpod-rtx-4090");
    expect(CLOUD_PRESETS.some((p) => p.id === defaultPresetId([]))).toBe(true);
  });

  it("uses a typed-in price in its own currency, and asks for a rate through the model, not the form", () => {
    const parsed = parseForm({ ...defaultForm(setup), cloud: CUSTOM_CLOUD, customPrice: "1,25", customCurrency: "EUR", customGpuId: "h100-sxm" }, setup);
    expect(parsed.errors).toEqual({});
    expect(parsed.preset).toBeNull();
    expect(parsed.gpu.id).toBe("h100-sxm");
    expect(parsed.input!.cloud).toEqual({ milliCentsPerHour: 125_000, currency: "EUR" });
    expect(parseForm({ ...defaultForm(setup), rates: { EUR: "1.08" } }, setup).input!.rates).toEqual({ EUR: 1.08 });
  });

  it("takes the user's own k, or the benchmark's when the build has a run", () => {
    expect(parseForm({ ...defaultForm(setup), kMode: "own", ownK: "2.5" }, setup).input!.k).toBe(2.5);
    const measured = { ...setup, measured: { figures: [{ fp32Tflops: 9.874, bandwidthGBps: 381.2 }], runAt: "2026-11-20T10:00:00Z" } };
    const form = defaultForm(measured);
    expect(form.kMode).toBe("measured");
    expect(parseForm(form, measured).input!.k).toBeCloseTo(2.297, 3);
    // Without a run, asking for the measured k is an error on k, not a silent fallback.
    expect(parseForm(form, setup).errors).toEqual({ k: "Not available for this build: type your own" });
  });

  it("names each invalid field and builds no input", () => {
    const parsed = parseForm({ ...defaultForm(setup), hoursPerWeek: "200", kwhPrice: "abc", loadW: "1.5", resale: "x", ownK: "0", kMode: "own", rates: { EUR: "-1" } }, setup);
    expect(parsed.input).toBeNull();
    expect(Object.keys(parsed.errors).sort()).toEqual(["hoursPerWeek", "k", "kwhPrice", "loadW", "rate.EUR", "resale"]);
  });

  it("reads a resale value in the build's currency with its years", () => {
    const parsed = parseForm({ ...defaultForm(setup), resale: "600", resaleYears: "4" }, setup);
    expect(parsed.input!.resale).toEqual({ cents: 60_000, afterYears: 4 });
    expect(parseForm({ ...defaultForm(setup), resale: "600", resaleYears: "11" }, setup).errors).toHaveProperty("resaleYears");
  });
});
