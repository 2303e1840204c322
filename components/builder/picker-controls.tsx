"use client";

import { useState } from "react";
import type { Category } from "@/lib/parts/categories";
import { sortOptions } from "@/lib/parts/sort-options";

export interface PickerFilter {
  key: string;
  label: string;
  kind: "enum" | "min" | "max";
  unit?: string;
  options?: string[];
}

export interface PickerSettings {
  /** "" = the default order: best match with words, name without. */
  sort: string;
  filters: Record<string, string>;
  pricedOnly: boolean;
  compatibleOnly: boolean;
}

const field = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Sort, the category's key filters, "priced only" and "compatible only", all applied as they change. */
export function PickerControls({ category, hasQuery, filters, settings, onChange }: {
  category: Category; hasQuery: boolean; filters: PickerFilter[]; settings: PickerSettings; onChange: (patch: Partial<PickerSettings>) => void;
}) {
  const setFilter = (key: string, value: string) => {
    const next = { ...settings.filters };
    if (value === "") delete next[key];
    else next[key] = value;
    onChange({ filters: next });
  };
  const active = Object.keys(settings.filters).length;
  // The inputs exist only while the panel is open, so their labels never shadow the custom-part form's.
  const [open, setOpen] = useState(active > 0);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span className="flex items-center gap-2">
          <label htmlFor="picker-sort">Sort</label>
          <select id="picker-sort" value={settings.sort} onChange={(e) => onChange({ sort: e.target.value })} className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900">
            <option value="">{hasQuery ? "Best match" : "Name"}</option>
            {sortOptions(category, hasQuery).filter(([v]) => v !== (hasQuery ? "relevance" : "name")).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </span>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={settings.pricedOnly} onChange={(e) => onChange({ pricedOnly: e.target.checked })} />
          Priced only
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={settings.compatibleOnly} onChange={(e) => onChange({ compatibleOnly: e.target.checked })} />
          Only parts compatible with this build
        </label>
      </div>
      {filters.length > 0 ? (
        <details className="text-sm" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary className="cursor-pointer select-none text-zinc-700 dark:text-zinc-300">Filters{active > 0 ? ` (${active} on)` : ""}</summary>
          {open ? <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
            {filters.map((def) => (
              <label key={def.key} className="text-xs text-zinc-600 dark:text-zinc-400">
                {def.label}{def.unit ? ` (${def.unit})` : ""}
                {def.kind === "enum" ? (
                  <select value={settings.filters[def.key] ?? ""} onChange={(e) => setFilter(def.key, e.target.value)} className={field}>
                    <option value="">Any</option>
                    {(def.options ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
                  </select>
                ) : (
                  <input type="number" min="0" step="any" inputMode="decimal" value={settings.filters[def.key] ?? ""} onChange={(e) => setFilter(def.key, e.target.value)} className={field} />
                )}
              </label>
            ))}
          </div> : null}
          {active > 0 ? <button type="button" onClick={() => onChange({ filters: {} })} className="mt-2 text-xs text-brand-700 hover:underline dark:text-brand-500">Clear filters</button> : null}
        </details>
      ) : null}
    </div>
  );
}
