import { describe, expect, it } from "vitest";
import { parseBenchmarkResult } from "../benchmark/parse-result";
import fixture from "../benchmark/fixtures/result-1080ti-box.json";
import { cloudGpu } from "./cloud-gpus";
import { kFromMeasured, measuredGpuFigures } from "./measured-k";

function result1080Ti() {
  const parsed = parseBenchmarkResult(JSON.stringify(fixture));
  if (!parsed.ok) throw new Error("fixture does not parse");
  return parsed.result;
}

describe("k from the user's own benchmark run", () => {
  it("reads each GPU's measured FP32 matmul and copy bandwidth", () => {
    expect(measuredGpuFigures(result1080Ti())).toEqual([{ fp32Tflops: 9.874, bandwidthGBps: 381.2 }]);
  });

  it("lands the measured 1080 Ti box in the 2.0-2.5x range against a GK210 too", () => {
    // sqrt(9.874 / (4.37 x 0.8) x 381.2 / (240 x 0.85))
    const k = kFromMeasured(measuredGpuFigures(result1080Ti()), cloudGpu("k80-gk210"))!;
    expect(k).toBeCloseTo(2.297, 3);
    expect(k).toBeGreaterThanOrEqual(2.0);
    expect(k).toBeLessThanOrEqual(2.5);
  });

  it("skips GPUs the run could not measure, and gives null when none was", () => {
    const run = result1080Ti();
    const failed = { ...run, measurements: run.measurements.map((m) => (m.id === "compute.fp32-matmul.gpu0" ? { ...m, status: "failed" as const, value: null } : m)) };
    expect(measuredGpuFigures(failed)).toEqual([]);
    expect(kFromMeasured([], cloudGpu("k80-gk210"))).toBeNull();
  });
});
