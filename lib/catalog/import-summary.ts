import type { SkippedFile } from "./opendb-read";

interface SummaryInput {
  kind: "opendb" | "catalog-file";
  path: string;
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: readonly SkippedFile[];
  dropped?: readonly SkippedFile[];
  perCategory?: Record<string, { files: number; parts: number }>;
  ignoredFolders?: readonly string[];
  seconds: number;
}

const EXAMPLES_PER_REASON = 3;

/** Skips grouped by reason, most frequent first, each with a few example files. */
export function groupSkipped(skipped: readonly SkippedFile[]): Array<{ reason: string; count: number; examples: string[] }> {
  const groups = new Map<string, string[]>();
  for (const { file, reason } of skipped) groups.set(reason, [...(groups.get(reason) ?? []), file]);
  return [...groups]
    .map(([reason, files]) => ({ reason, count: files.length, examples: files.slice(0, EXAMPLES_PER_REASON) }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** The CLI's closing report: counts, skips by reason, per-category totals and the time taken. */
export function formatImportSummary(s: SummaryInput): string {
  const row = (label: string, value: string | number) => `  ${label.padEnd(10)}: ${value}`;
  const lines = [
    s.kind === "opendb" ? `BuildCores OpenDB (ODC-By) from ${s.path}` : `Catalog file ${s.path}`,
    row(s.kind === "opendb" ? "files read" : "rows read", s.read),
    row("imported", s.imported),
    row("updated", s.updated),
    row("unchanged", s.unchanged),
    row("skipped", s.skipped.length),
  ];
  for (const group of groupSkipped(s.skipped)) {
    lines.push(`    ${group.count} x ${group.reason} (e.g. ${group.examples.join(", ")})`);
  }
  if (s.dropped?.length) {
    lines.push(row("dropped", `${s.dropped.length} spec values outside their plausible range (the parts are imported without them)`));
    for (const group of groupSkipped(s.dropped)) lines.push(`    ${group.count} x ${group.reason} (e.g. ${group.examples.join(", ")})`);
  }
  if (s.perCategory) {
    const parts = Object.entries(s.perCategory).map(([category, c]) => `${category} ${c.parts}/${c.files}`);
    lines.push(`  per category (parts/files): ${parts.join(", ")}`);
  }
  if (s.ignoredFolders?.length) lines.push(`  ignored folders (not mapped): ${s.ignoredFolders.join(", ")}`);
  lines.push(row("time", `${s.seconds.toFixed(1)} s`));
  return lines.join("\n");
}
