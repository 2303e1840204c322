import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChecklist } from "./build-checklist";
import { compareResult, judge } from "./compare-result";
import { EXAMPLE_BUILD, RTX_4090_BUILD } from "./fixtures/builds";
import { parseBenchmarkResult } from "./parse-result";
import type { BenchmarkResult } from "./result-schema";

function fixture(name: string): BenchmarkResult {
  const parsed = parseBenchmarkResult(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.result;
}

describe("judge", () => {
  const fp32 = { metric: "gpu.fp32Tflops", value: 11.34, unit: "TFLOPS", minShare: 0.6 };
  it("passes at the share and not just below it", () => {
    expect(judge(fp32, 6.804).verdict).toBe("pass");
    expect(judge(fp32, 6.8).verdict).toBe("below");
    expect(judge(fp32, 9.874).share).toBeCloseTo(0.8707, 4);
  });

  it("without a share, needs the full value (at least semantics)", () => {
    const gen = { metric: "pcie.gen", value: 3, unit: "gen" };
    expect(judge(gen, 3).verdict).toBe("pass");
    expect(judge(gen, 4).verdict).toBe("pass");
    expect(judge(gen, 2).verdict).toBe("below");
  });

  it("for lower-is-better, allows value / minShare and no more", () => {
    const mnist = { metric: "mnist.secondsPerEpoch", value: 0.5, unit: "s/epoch", minShare: 0.5, better: "lower" as const };
    expect(judge(mnist, 1.0).verdict).toBe("pass");
    expect(judge(mnist, 1.01).verdict).toBe("below");
    expect(judge(mnist, 0.25).share).toBe(2);
  });

  it("treats any error above a zero budget as below, without a share", () => {
    const errors = { metric: "memtest.failures", value: 0, unit: "errors", better: "lower" as const };
    expect(judge(errors, 0)).toEqual({ verdict: "pass" });
    expect(judge(errors, 1)).toEqual({ verdict: "below" });
  });
});

describe("compareResult", () => {
  it("passes every measured check of the 1080 Ti fixture", () => {
    const rows = compareResult(buildChecklist(EXAMPLE_BUILD, { driverBranch: "580" }), fixture("result-1080ti-box.json"));
    expect(rows).toHaveLength(19);
    expect(rows.filter((r) => r.verdict !== "pass")).toEqual([]);
    expect(rows.find((r) => r.itemId === "compute.fp32-matmul.gpu0")).toMatchObject({ measured: 9.874, verdict: "pass" });
  });

  it("marks the 4090 quick run's skipped checks not_measured with the script's note", () => {
    const rows = compareResult(buildChecklist(RTX_4090_BUILD), fixture("result-4090-box.json"));
    const verdicts = Object.fromEntries(rows.map((r) => [r.itemId, r.verdict]));
    expect(verdicts["compute.fp16-matmul.gpu0"]).toBe("pass");
    expect(verdicts["firmware.memory-speed"]).toBe("not_measured");
    expect(verdicts["stability.gpu-burn"]).toBe("not_measured");
    expect(rows.find((r) => r.itemId === "storage.smart")?.note).toBe("needs root (sudo)");
    // No plan was given, so the branch is a manual check without a row.
    expect(rows.map((r) => r.itemId)).not.toContain("os.driver-branch");
  });

  it("reports below, missing ids and unit mismatches", () => {
    const result = fixture("result-1080ti-box.json");
    const changed: BenchmarkResult = {
      ...result,
      measurements: result.measurements
        .filter((m) => m.id !== "firmware.drives")
        .map((m) => {
          if (m.id === "os.pcie-width.gpu0" && m.status === "measured") return { ...m, value: 4 };
          if (m.id === "compute.memory-bandwidth.gpu0") return { ...m, unit: "MB/s" };
          return m;
        }),
    };
    const rows = compareResult(buildChecklist(EXAMPLE_BUILD), changed);
    const row = (id: string) => rows.find((r) => r.itemId === id);
    expect(row("os.pcie-width.gpu0")).toMatchObject({ verdict: "below", measured: 4, share: 0.25 });
    expect(row("firmware.drives")).toMatchObject({ verdict: "not_measured", measured: null, note: "Not in the result." });
    expect(row("compute.memory-bandwidth.gpu0")?.verdict).toBe("not_measured");
    expect(row("compute.memory-bandwidth.gpu0")?.note).toContain("does not match");
  });

  it("ignores measurements no checklist item asks for", () => {
    const result = fixture("result-1080ti-box.json");
    const extra = { ...result, measurements: [...result.measurements, { id: "custom.thing", value: 1, unit: "x", status: "measured" as const }] };
    expect(compareResult(buildChecklist(EXAMPLE_BUILD), extra).map((r) => r.itemId)).not.toContain("custom.thing");
  });
});
