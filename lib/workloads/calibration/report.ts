import { predict, relativeError, type Parameters } from "./predict";
import type { Lookup } from "./fit";
import type { Measurement } from "./schema";

/** Tolerances the issue sets: speed within 25 %, memory within 5 %. */
export const SPEED_TOLERANCE = 0.25;
export const MEMORY_TOLERANCE = 0.05;

export interface ReportRow {
  measurement: Measurement;
  predicted: number;
  error: number;
  /** Inside the asserted bound (or a "fits" bound that holds). */
  withinBound: boolean;
  asserted: boolean;
}

export const isSpeed = (m: Measurement) => m.kind === "decode" || m.kind === "prefill";

export function reportRows(measurements: readonly Measurement[], lookup: Lookup, parameters?: Parameters): ReportRow[] {
  return measurements.map((m) => {
    const predicted = predict(m, lookup, parameters);
    const error = relativeError(predicted, m.value);
    const withinBound = m.kind === "fine-tune-fits" ? predicted <= m.value : Math.abs(error) <= (isSpeed(m) ? SPEED_TOLERANCE : MEMORY_TOLERANCE);
    return { measurement: m, predicted, error, withinBound, asserted: m.outsideBound === undefined };
  });
}

const pct = (e: number) => `${e >= 0 ? "+" : "−"}${Math.abs(e * 100).toFixed(1)} %`;
const format = (m: Measurement, n: number) => (m.unit === "tok/s" ? `${n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1)} tok/s` : `${(n / 2 ** 30).toFixed(2)} GiB`);

function summary(rows: ReportRow[], label: string): string {
  const errors = rows.map((r) => Math.abs(r.error)).sort((a, b) => a - b);
  if (errors.length === 0) return `| ${label} | 0 | | |`;
  const median = errors[Math.floor((errors.length - 1) / 2)]!;
  return `| ${label} | ${errors.length} | ${(median * 100).toFixed(1)} % | ${(errors.at(-1)! * 100).toFixed(1)} % |`;
}

/** The markdown docs/workloads.md carries; calibration.test.ts checks the file still matches it. */
export function calibrationMarkdown(rows: ReportRow[]): string {
  const asserted = rows.filter((r) => r.asserted && r.measurement.kind !== "fine-tune-fits");
  const lines = [
    "| Set | Measurements | Median abs. error | Largest abs. error |",
    "|---|---:|---:|---:|",
    summary(asserted.filter((r) => isSpeed(r.measurement) && r.measurement.split === "fit"), "Speed, fit"),
    summary(asserted.filter((r) => isSpeed(r.measurement) && r.measurement.split === "holdout"), "Speed, held out"),
    summary(asserted.filter((r) => !isSpeed(r.measurement) && r.measurement.split === "fit"), "Memory, fit"),
    summary(asserted.filter((r) => !isSpeed(r.measurement) && r.measurement.split === "holdout"), "Memory, held out"),
    "",
    "| Measurement | Split | Published | Predicted | Error | Source |",
    "|---|---|---:|---:|---:|---|",
    ...rows.map((r) => {
      const m = r.measurement;
      const error = m.kind === "fine-tune-fits" ? (r.withinBound ? "fits" : "does not fit") : pct(r.error);
      const flag = r.asserted ? "" : " (not asserted, see below)";
      return `| \`${m.id}\`${flag} | ${m.split} | ${m.kind === "fine-tune-fits" ? `≤ ${(m.value / 1e9).toFixed(0)} GB` : format(m, m.value)} | ${format(m, r.predicted)} | ${error} | [link](${m.source.url}) |`;
    }),
  ];
  return lines.join("\n");
}
