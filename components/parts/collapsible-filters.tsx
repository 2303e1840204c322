"use client";

import { useState, type ReactNode } from "react";

/**
 * On a phone the catalog's search and filter form sits behind one button, so the parts come first
 * (issue 18: the form filled the first screen); from the `lg` width up it is always shown.
 */
export function CollapsibleFilters({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="self-start">
      <button type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} aria-controls="catalog-filters" data-testid="filters-toggle"
        className="w-full rounded-md border border-zinc-300 px-3 py-2 text-left text-sm font-medium hover:bg-zinc-100 lg:hidden dark:border-zinc-700 dark:hover:bg-zinc-800">
        {open ? "Hide search and filters" : `Search and filters${active > 0 ? ` (${active} on)` : ""}`}
      </button>
      <div id="catalog-filters" className={open ? "mt-3" : "max-lg:hidden"}>{children}</div>
    </div>
  );
}
