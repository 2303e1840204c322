import type { ResolvedBuild } from "../builds/types";
import type { Checklist, ChecklistItem } from "./types";
import { fileSafeBuild } from "../builds/file-safe-build";
import { fileSafeDeep } from "../text/file-safe";

/** Keeps user text (build and part names) from opening links, HTML, code or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/([\\`*_[\]<>|~])/g, "\\$1");
}

/**
 * Titles, expectations and reference labels carry part names, so they are escaped; "run" and
 * "judge" come only from our templates and keep their `code` spans.
 */
function itemLines(item: ChecklistItem): string[] {
  const lines = [
    `- [ ] **${escapeMarkdown(item.title)}** <!-- ${item.id} -->`,
    `  - Run: ${item.run}`,
    `  - Expect: ${escapeMarkdown(item.expect)}`,
    `  - Judge: ${item.judge}`,
  ];
  for (const ref of item.references ?? []) {
    const label = escapeMarkdown(ref.label);
    lines.push(`  - Reference: ${label}: ${ref.value} ${ref.unit}${ref.estimate ? " (estimate)" : ""}; source: ${ref.source}`);
  }
  return lines;
}

export function renderChecklistMarkdown(input: ResolvedBuild, inputChecklist: Checklist, meta: { generatedAt: Date }): string {
  const build = fileSafeBuild(input);
  const checklist = fileSafeDeep(inputChecklist, "all");
  const out = [
    `# Verification checklist: ${escapeMarkdown(build.name || "Untitled build")}`,
    "",
    `Generated ${meta.generatedAt.toISOString()}. Expected values come from this build's parts; ` +
      "the benchmark script measures the items marked with a metric and prints a JSON result to upload.",
    "",
  ];
  for (const note of checklist.notes) out.push(`> **Note:** ${note}`, "");
  for (const section of checklist.sections) {
    out.push(`## ${section.title}`, "");
    for (const item of section.items) out.push(...itemLines(item));
    out.push("");
  }
  return out.join("\n");
}
