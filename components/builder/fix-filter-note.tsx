import type { Category } from "@/lib/parts/categories";
import { FILTERS } from "@/lib/parts/filters";

/** "Wattage at least 1000 W, Socket AM4": the filters a finding's fix opened the picker with. */
export function describeFilters(category: Category, filters: Record<string, string>): string {
  return Object.entries(filters)
    .map(([key, value]) => {
      const def = FILTERS[category].find((d) => d.key === key);
      if (!def) return `${key} ${value}`;
      const unit = def.kind !== "enum" && def.unit ? ` ${def.unit}` : "";
      return def.kind === "enum" ? `${def.label} ${value}` : `${def.label} ${value}${unit}`;
    })
    .join(", ");
}

/** Shown in the picker when a finding's fix opened it: what the list is narrowed to, and a way out. */
export function FixFilterNote({ category, filters, onClear }: { category: Category; filters: Record<string, string>; onClear: () => void }) {
  if (Object.keys(filters).length === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-md border border-brand-500 bg-brand-50 px-2 py-1 text-sm text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100" data-testid="fix-filters">
      <span>Parts that fix it: {describeFilters(category, filters)}</span>
      <button type="button" onClick={onClear} className="text-brand-700 underline dark:text-brand-500">Show all</button>
    </p>
  );
}
