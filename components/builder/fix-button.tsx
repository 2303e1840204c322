"use client";

import type { PartFix } from "@/lib/compat/types";

/** A finding's way out when it is a part choice: opens the picker narrowed to parts that fix it. */
export function FixButton({ fix, onOpen }: { fix: PartFix; onOpen: (fix: PartFix) => void }) {
  return (
    <button type="button" onClick={() => onOpen(fix)} data-testid="fix-button"
      className="rounded-md border border-brand-600 px-2.5 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:border-brand-500 dark:text-brand-500 dark:hover:bg-zinc-900">
      {fix.label}
    </button>
  );
}
