import type { BenchmarkResult } from "./result-schema";
import type { Checklist, ExpectedValue } from "./types";

export type Verdict = "pass" | "below" | "not_measured";

export interface ComparisonRow {
  itemId: string;
  title: string;
  expected: ExpectedValue;
  measured: number | null;
  verdict: Verdict;
  /** How measured compares with expected, 1 = exactly as expected, above 1 = better. */
  share?: number;
  note?: string;
}

/**
 * Judges a measurement against its item's expected value. "Higher" passes at value * minShare or
 * more; "lower" (times, errors, temperatures) passes at value / minShare or less.
 */
export function judge(expected: ExpectedValue, measured: number): { verdict: Verdict; share?: number } {
  const minShare = expected.minShare ?? 1;
  if (expected.better === "lower") {
    const pass = measured <= expected.value / minShare;
    const share = measured > 0 && expected.value > 0 ? expected.value / measured : undefined;
    return { verdict: pass ? "pass" : "below", ...(share !== undefined && { share }) };
  }
  const share = expected.value > 0 ? measured / expected.value : undefined;
  return { verdict: measured >= expected.value * minShare ? "pass" : "below", ...(share !== undefined && { share }) };
}

/** One row per checklist item with an expected value, in checklist order. */
export function compareResult(checklist: Checklist, result: BenchmarkResult): ComparisonRow[] {
  const byId = new Map(result.measurements.map((m) => [m.id, m]));
  return checklist.sections.flatMap((section) =>
    section.items.flatMap((item): ComparisonRow[] => {
      const expected = item.expected;
      if (!expected) return [];
      const m = byId.get(item.id);
      const base = { itemId: item.id, title: item.title, expected };
      if (!m || m.status !== "measured") {
        const note = m ? (m.note ?? (m.status === "failed" ? "The check failed to run." : undefined)) : "Not in the result.";
        return [{ ...base, measured: null, verdict: "not_measured", ...(note && { note }) }];
      }
      if (m.unit !== expected.unit) {
        return [{ ...base, measured: m.value, verdict: "not_measured", note: `Unit ${m.unit} does not match ${expected.unit}.` }];
      }
      return [{ ...base, measured: m.value, ...judge(expected, m.value), ...(m.note && { note: m.note }) }];
    }),
  );
}
