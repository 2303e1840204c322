import { STATUS_LABELS } from "@/lib/compat/status-labels";
import type { CompatStatus } from "@/lib/compat/types";

const STYLES: Record<CompatStatus, { className: string }> = {
  compatible: { className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" },
  warnings: { className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  incompatible: { className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
  incomplete: { className: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" },
};

export function StatusBadge({ status, testId = "compat-status" }: { status: CompatStatus; testId?: string }) {
  const style = STYLES[status];
  return (
    <span data-testid={testId} className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${style.className}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
