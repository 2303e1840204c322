import type { Finding } from "@/lib/compat/types";
import type { RowIssues } from "./row-marker";

/** Per build line: its errors and warnings, and the anchor of the first in the check panel. */
export function rowIssues(findings: readonly Finding[], prefix = "finding-"): Map<string, RowIssues> {
  const rows = new Map<string, RowIssues>();
  findings.forEach((f, index) => {
    if (f.severity === "note") return;
    for (const key of f.itemIds) {
      const row = rows.get(key) ?? { worst: f.severity, errors: 0, warnings: 0, anchor: `${prefix}${index}` };
      if (f.severity === "error") row.errors += 1;
      else row.warnings += 1;
      if (f.severity === "error") row.worst = "error";
      rows.set(key, row);
    }
  });
  return rows;
}
