import { describe, expect, it } from "vitest";
import { parseBenchmarkResult } from "../benchmark/parse-result";
import fixture from "../benchmark/fixtures/result-1080ti-box.json";
import { analyzeBuild } from "../compat/analyze";
import { build2017, dual1080Ti2017 } from "../compat/fixtures/builds";
import { ownershipSetupFor } from "./setup-for-build";

const parsed = parseBenchmarkResult(JSON.stringify(fixture));
if (!parsed.ok) throw new Error("fixture does not parse");
const latest = { result: parsed.result, createdAt: new Date("2026-11-20T10:00:00Z") };

describe("ownership setup for a build", () => {
  it("carries the build's total, load estimate, GPUs and the 2017 default offer", () => {
    const analysis = analyzeBuild(build2017);
    const setup = ownershipSetupFor(build2017, analysis, null);
    expect(setup).toMatchObject({
      currency: "USD", purchaseCents: analysis.cost.totalCents, estimatedLoadW: analysis.power.estimatedW,
      measured: null, defaultPresetId: "aws-p2-xlarge-2017",
    });
    expect(setup.gpus).toHaveLength(1);
  });

  it("uses the latest run's figures when it measured every GPU of the build", () => {
    const setup = ownershipSetupFor(build2017, analyzeBuild(build2017), latest);
    expect(setup.measured).toEqual({ figures: [{ fp32Tflops: 9.874, bandwidthGBps: 381.2 }], runAt: "2026-11-20T10:00:00.000Z" });
  });

  it("ignores a run that measured fewer GPUs than the build has now", () => {
    expect(ownershipSetupFor(dual1080Ti2017, analyzeBuild(dual1080Ti2017), latest).measured).toBeNull();
  });
});
