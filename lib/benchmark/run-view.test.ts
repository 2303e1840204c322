import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChecklist } from "./build-checklist";
import { chartBars, CHART_MAX_SHARE, EXPECTED_PCT } from "./chart-bars";
import type { ComparisonRow } from "./compare-result";
import { EXAMPLE_BUILD, RTX_4090_BUILD } from "./fixtures/builds";
import { parseBenchmarkResult } from "./parse-result";
import { countVerdicts, runView } from "./run-view";

function stored(name: string) {
  const parsed = parseBenchmarkResult(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { id: "run-1", buildId: "b", buildVersion: 3, createdAt: new Date("2026-11-22T10:00:00Z"), result: parsed.result };
}

describe("runView", () => {
  it("summarises the 1080 Ti run: every judged item passes", () => {
    const view = runView(stored("result-1080ti-box.json"), buildChecklist(EXAMPLE_BUILD, { driverBranch: "580" }));
    expect(view).toMatchObject({
      id: "run-1", createdAt: "2026-11-22T10:00:00.000Z", buildVersion: 3, mode: "full",
      startedAt: "2026-11-21T19:02:11Z", machine: { cpu: expect.stringContaining("i7-7700K"), gpus: ["NVIDIA GeForce GTX 1080 Ti"] },
    });
    expect(view.counts).toEqual({ pass: 19, below: 0, notMeasured: 0 });
  });

  it("counts the 4090 quick run's skipped checks as not measured", () => {
    const view = runView(stored("result-4090-box.json"), buildChecklist(RTX_4090_BUILD));
    expect(view.counts.notMeasured).toBe(5);
    expect(view.counts).toEqual(countVerdicts(view.comparison));
    expect(view.missingTools).toEqual(["dmidecode", "gpu-burn"]);
  });

  it("judges against the checklist it is given, so a changed build re-judges old runs", () => {
    const run = stored("result-1080ti-box.json");
    // The 1080 Ti box's run against a 4090 build: the compute checks fall short.
    const view = runView(run, buildChecklist(RTX_4090_BUILD));
    expect(view.comparison.find((r) => r.itemId === "compute.fp32-matmul.gpu0")?.verdict).toBe("below");
    expect(view.counts.below).toBeGreaterThan(0);
  });
});

describe("chartBars", () => {
  const row = (over: Partial<ComparisonRow>): ComparisonRow => ({
    itemId: "x", title: "X", expected: { metric: "m", value: 10, unit: "GB/s", minShare: 0.7 }, measured: 8, verdict: "pass", share: 0.8, ...over,
  });

  it("places bar, pass mark and expectation on one 0-150% axis", () => {
    const [bar] = chartBars([row({})]);
    expect(bar).toMatchObject({ share: 0.8, passShare: 0.7, barPct: 53.3, passPct: 46.7, clipped: false });
    expect(EXPECTED_PCT).toBe(66.7);
  });

  it("clips outliers at the axis end but keeps their real share", () => {
    const [bar] = chartBars([row({ share: 4, measured: 40 })]);
    expect(bar).toMatchObject({ share: 4, barPct: 100, clipped: true });
    expect(CHART_MAX_SHARE).toBe(1.5);
  });

  it("leaves out unmeasured rows and zero-budget rows without a share", () => {
    const bars = chartBars([
      row({ itemId: "a", measured: null, share: undefined, verdict: "not_measured" }),
      row({ itemId: "b", expected: { metric: "e", value: 0, unit: "errors", better: "lower" }, measured: 0, share: undefined }),
      row({ itemId: "c", verdict: "below", share: 0.5, measured: 5 }),
    ]);
    expect(bars.map((b) => [b.itemId, b.verdict])).toEqual([["c", "below"]]);
  });

  it("charts every shared row of a real run", () => {
    const view = runView(stored("result-1080ti-box.json"), buildChecklist(EXAMPLE_BUILD, { driverBranch: "580" }));
    const bars = chartBars(view.comparison);
    expect(bars.length).toBe(view.comparison.filter((r) => r.share !== undefined).length);
    expect(bars.every((b) => b.barPct >= b.passPct)).toBe(true);
  });
});
