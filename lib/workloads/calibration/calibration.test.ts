import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ENGINES, SHARED } from "../engines";
import { FINE_TUNE } from "../fine-tune";
import { fitCalibration } from "./fit";
import { loadCalibration } from "./load";
import { CURRENT_PARAMETERS } from "./predict";
import { calibrationMarkdown, reportRows } from "./report";

const { data, lookup } = loadCalibration();
const rows = reportRows(data.measurements, lookup);

describe("calibration against published measurements", () => {
  it("has at least 15 measurements with sources, split into fit and held-out rows", () => {
    expect(data.measurements.length).toBeGreaterThanOrEqual(15);
    expect(new Set(data.measurements.map((m) => m.id)).size).toBe(data.measurements.length);
    for (const m of data.measurements) expect(m.source.url).toMatch(/^https:\/\//);
    const held = data.measurements.filter((m) => m.split === "holdout");
    expect(held.filter((m) => m.kind === "decode" || m.kind === "prefill").length).toBeGreaterThanOrEqual(10);
    expect(held.filter((m) => m.kind !== "decode" && m.kind !== "prefill").length).toBeGreaterThanOrEqual(10);
  });

  it("the committed efficiencies are exactly what fitting the 'fit' rows gives (so nothing is tuned by hand)", () => {
    const fit = fitCalibration(data.measurements, lookup, CURRENT_PARAMETERS);
    for (const [id, engine] of Object.entries(fit.engines)) {
      expect(ENGINES[id as keyof typeof ENGINES]).toMatchObject(engine);
    }
    expect(SHARED.perLayerOverheadS).toBeCloseTo(fit.perLayerOverheadS, 9);
    expect(SHARED.prefillEfficiency).toBeCloseTo(fit.prefillEfficiency, 6);
    expect(FINE_TUNE.checkpointedBytesPerHiddenPerToken).toBeCloseTo(fit.checkpointedBytesPerHiddenPerToken, 6);
    expect(FINE_TUNE.fixedOverheadBytes).toBeCloseTo(fit.fixedOverheadBytes, 0);
  });

  it("the fit does not look at held-out rows: changing one leaves the fitted values unchanged", () => {
    const tampered = data.measurements.map((m) => (m.split === "holdout" ? { ...m, value: m.value * 3 } : m));
    expect(fitCalibration(tampered, lookup, CURRENT_PARAMETERS)).toEqual(fitCalibration(data.measurements, lookup, CURRENT_PARAMETERS));
  });

  it.each(rows.filter((r) => r.asserted).map((r) => [r.measurement.id, r] as const))("%s is within the bound (speed 25 %, memory 5 %)", (_id, row) => {
    expect(row.withinBound).toBe(true);
  });

  it("rows outside the asserted set say why, and docs/workloads.md carries the current table", () => {
    for (const r of rows.filter((row) => !row.asserted)) expect(r.measurement.outsideBound!.length).toBeGreaterThan(40);
    const docs = fs.readFileSync("docs/workloads.md", "utf8");
    expect(docs).toContain(calibrationMarkdown(rows));
    for (const r of rows.filter((row) => !row.asserted)) expect(docs).toContain(r.measurement.id);
  });
});
