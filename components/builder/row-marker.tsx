import { plural } from "@/lib/compat/finding";

/** The findings that involve one build line: the worst severity and where the first one is listed. */
export interface RowIssues {
  worst: "error" | "warning";
  errors: number;
  warnings: number;
  /** The id of the first finding's entry in the check panel. */
  anchor: string;
}

/** "✕ 1 error · see why": marks a line at the cause of a problem and links to its finding. */
export function RowMarker({ issues }: { issues: RowIssues }) {
  const parts = [issues.errors > 0 ? plural(issues.errors, "error") : "", issues.warnings > 0 ? plural(issues.warnings, "warning") : ""].filter(Boolean);
  const error = issues.worst === "error";
  return (
    <a href={`#${issues.anchor}`} data-testid="row-marker"
      className={`mt-1 inline-flex items-center gap-1 text-xs font-medium underline underline-offset-2 ${error ? "text-red-700 dark:text-red-400" : "text-amber-800 dark:text-amber-300"}`}>
      <span aria-hidden="true">{error ? "✕" : "!"}</span>
      {parts.join(", ")} · see why
    </a>
  );
}
