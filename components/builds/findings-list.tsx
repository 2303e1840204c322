import type { ReactNode } from "react";
import type { Finding } from "@/lib/compat/types";

const ICON: Record<Finding["severity"], { mark: string; label: string; className: string }> = {
  error: { mark: "✕", label: "Error", className: "text-red-700 dark:text-red-400" },
  warning: { mark: "!", label: "Warning", className: "text-amber-700 dark:text-amber-400" },
  note: { mark: "i", label: "Note", className: "text-sky-700 dark:text-sky-400" },
};

/**
 * Findings with what to do about them; the stable rule id sits in a disclosure for those who need
 * it (issue 18: ids like `cpu.socket` were shown to everyone). In the builder each entry has an
 * anchor the marked rows link to, and `action` renders its fix button.
 */
export function FindingsList({ findings, anchorPrefix, action }: { findings: Finding[]; anchorPrefix?: string; action?: (finding: Finding) => ReactNode }) {
  if (findings.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No problems found.</p>;
  }
  return (
    <ul className="space-y-3 text-sm" data-testid="findings">
      {findings.map((f, i) => {
        const icon = ICON[f.severity];
        return (
          <li key={`${f.ruleId}-${i}`} id={anchorPrefix ? `${anchorPrefix}${i}` : undefined} tabIndex={anchorPrefix ? -1 : undefined}
            className="flex scroll-mt-28 gap-2 rounded-md target:bg-amber-50 target:ring-2 target:ring-amber-400 dark:target:bg-amber-950/40" data-severity={f.severity}>
            <span aria-hidden="true" className={`mt-0.5 grid h-4 w-4 shrink-0 place-items-center rounded-full border text-[10px] font-bold ${icon.className}`}>
              {icon.mark}
            </span>
            <div className="min-w-0 space-y-1">
              <p><span className={`font-medium ${icon.className}`}>{icon.label}:</span> {f.message}</p>
              {action ? action(f) : null}
              <details className="text-xs text-zinc-600 dark:text-zinc-400">
                <summary className="cursor-pointer select-none">Details</summary>
                <p className="mt-1">Rule <code data-testid="rule-id">{f.ruleId}</code>{f.itemIds.length > 0 ? ` · ${f.itemIds.length} part${f.itemIds.length === 1 ? "" : "s"} involved` : ""}</p>
              </details>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
