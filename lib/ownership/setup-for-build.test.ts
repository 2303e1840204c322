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

// Issue #15, item 11: training draw at the wall = (GPU board power + CPU package power +
// allowances) / PSU efficiency; idle at idle draw; both through the PSU's 80 PLUS curve.
describe("wall draw for the electricity model", () => {
  it("divides the 2017 box's 430 W by its EVGA 750 G3's 80 PLUS Gold efficiency", () => {
    const analysis = analyzeBuild(build2017);
    const setup = ownershipSetupFor(build2017, analysis, null);
    // 430 W on 750 W = 57% load on 115 V: 0.90 - 0.03 x 0.07 / 0.5 = 0.8958 -> 481 W at the wall.
    expect(analysis.power.estimatedW).toBe(430);
    expect(setup.trainingWallW).toBe(Math.ceil(430 / (0.9 - (0.03 * (430 / 750 - 0.5)) / 0.5)));
    // Idle: 430 - 250 GPU - 91 CPU = 89 W of allowances + 20 W GPU idle + 25 W CPU idle = 134 W
    // at the 20% point's 87% (below 20% load real units do worse).
    expect(setup.idleWallW).toBe(Math.ceil(134 / 0.87));
    expect(setup.wallBasis).toContain("430 W DC while training");
  });
});
