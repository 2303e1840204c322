import type { Category } from "../parts/categories";
import type { BuildIndex } from "./build-index";
import type { CompatStatus, Finding, Severity } from "./types";

/** GPUs are not essential: a CPU-only build is a legitimate machine. */
export const ESSENTIAL_CATEGORIES: readonly Category[] = ["cpu", "motherboard", "memory", "storage", "psu", "case"];

export function missingEssentials(ix: BuildIndex): Category[] {
  return ESSENTIAL_CATEGORIES.filter((c) => ix.parts[c].length === 0);
}

/** Notes never change the status: they inform, they do not block. */
export function statusOf(findings: readonly Finding[], missing: readonly Category[]): CompatStatus {
  let warnings = false;
  for (const f of findings) {
    if (f.severity === "error") return "incompatible";
    if (f.severity === "warning") warnings = true;
  }
  if (missing.length > 0) return "incomplete";
  return warnings ? "warnings" : "compatible";
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareStrings(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Severity, then rule id, then item ids, then message: a total order, so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareIds(a.itemIds, b.itemIds) ||
    compareStrings(a.message, b.message)
  );
}
