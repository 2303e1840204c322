import type { Finding } from "@/lib/compat/types";

const ICON: Record<Finding["severity"], { mark: string; label: string; className: string }> = {
  error: { mark: "✕", label: "Error", className: "text-red-700 dark:text-red-400" },
  warning: { mark: "!", label: "Warning", className: "text-amber-700 dark:text-amber-400" },
  note: { mark: "i", label: "Note", className: "text-sky-700 dark:text-sky-400" },
};

export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No problems found.</p>;
  }
  return (
    <ul className="space-y-2 text-sm" data-testid="findings">
      {findings.map((f, i) => {
        const icon = ICON[f.severity];
        return (
          <li key={`${f.ruleId}-${i}`} className="flex gap-2">
            <span aria-hidden="true" className={`mt-0.5 grid h-4 w-4 shrink-0 place-items-center rounded-full border text-[10px] font-bold ${icon.className}`}>
              {icon.mark}
            </span>
            <span>
              <span className={`font-medium ${icon.className}`}>{icon.label}:</span> {f.message}{" "}
              <code className="text-xs text-zinc-600 dark:text-zinc-400">{f.ruleId}</code>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
