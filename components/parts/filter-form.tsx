import Link from "next/link";
import type { Category } from "@/lib/parts/categories";
import { enumOptions, FILTERS } from "@/lib/parts/filters";
import type { PartQueryInput } from "@/lib/parts/query";
import { sortOptions } from "@/lib/parts/sort-options";
import type { Part } from "@/lib/parts/types";

const field = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** A plain GET form: filters live in the URL, so results are linkable and work without JS. */
export function FilterForm({ category, parts, query }: { category: Category; parts: Part[]; query: PartQueryInput }) {
  return (
    <form method="get" action={`/parts/${category}`} className="space-y-4 self-start rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" aria-label="Filters">
      <div>
        <label htmlFor="f-q" className="mb-1 block text-sm font-medium">Search</label>
        <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} className={field} />
      </div>
      {FILTERS[category].map((def) => (
        <div key={def.key}>
          <label htmlFor={`f-${def.key}`} className="mb-1 block text-sm font-medium">
            {def.label}{def.kind !== "enum" && def.unit ? ` (${def.unit})` : ""}
          </label>
          {def.kind === "enum" ? (
            <select id={`f-${def.key}`} name={def.key} defaultValue={query.filters[def.key] ?? ""} className={field}>
              <option value="">Any</option>
              {enumOptions(def, parts).map((o) => <option key={o} value={o}>{o}</option>)}
            </select>
          ) : (
            <input id={`f-${def.key}`} name={def.key} type="number" step="any" min="0" inputMode="decimal" defaultValue={query.filters[def.key] ?? ""} className={field} />
          )}
        </div>
      ))}
      <div>
        <label htmlFor="f-source" className="mb-1 block text-sm font-medium">Source</label>
        <select id="f-source" name="source" defaultValue={query.source ?? ""} className={field}>
          <option value="">All parts</option>
          <option value="builtin">Curated</option>
          <option value="imported">Imported (OpenDB)</option>
          <option value="user">Added by users</option>
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="priced" value="1" defaultChecked={query.pricedOnly} />
        Priced parts only
      </label>
      <div>
        <label htmlFor="f-sort" className="mb-1 block text-sm font-medium">Sort by</label>
        <select id="f-sort" name="sort" defaultValue={query.sort} className={field}>
          {sortOptions(category, Boolean(query.q)).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600">Apply</button>
        <Link href={`/parts/${category}`} className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Reset</Link>
      </div>
    </form>
  );
}
