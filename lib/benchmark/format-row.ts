import type { Verdict } from "./compare-result";
import type { ExpectedValue } from "./types";

// A fixed locale: the share page renders on the server and hydrates in any browser, and the two
// must print numbers identically.
const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: "Pass",
  below: "Below expectation",
  not_measured: "Not measured",
};

/** A value with its unit as people write it: "Gen 3", "x16", "85 °C", "9.87 TFLOPS". */
export function formatQuantity(value: number, unit: string): string {
  const n = number.format(value);
  if (unit === "gen") return `Gen ${n}`;
  if (unit === "lanes") return `x${n}`;
  if (unit === "branch") return `R${n}`;
  if (unit === "C") return `${n} °C`;
  return `${n} ${unit}`;
}

/** The number a measurement must reach (or stay under, for lower-is-better items) to pass. */
export function passThreshold(expected: ExpectedValue): number {
  const share = expected.minShare ?? 1;
  return expected.better === "lower" ? expected.value / share : expected.value * share;
}

/** "≥ 6.8 TFLOPS (60% of 11.34 TFLOPS)", "≤ 85 °C", "0 errors". */
export function describeExpected(expected: ExpectedValue): string {
  const { value, unit } = expected;
  const share = expected.minShare ?? 1;
  if (expected.better === "lower") {
    if (value === 0) return formatQuantity(0, unit);
    const limit = `≤ ${formatQuantity(passThreshold(expected), unit)}`;
    return share === 1 ? limit : `${limit} (expected ${formatQuantity(value, unit)})`;
  }
  const floor = `≥ ${formatQuantity(passThreshold(expected), unit)}`;
  return share === 1 ? floor : `${floor} (${Math.round(share * 100)}% of ${formatQuantity(value, unit)})`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * "2026-11-21 19:02 UTC": the same text on the server and in every browser, whatever their time
 * zones, so server-rendered dates never mismatch on hydration.
 */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
