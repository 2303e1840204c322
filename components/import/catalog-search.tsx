"use client";

import { useEffect, useState } from "react";
import type { Category } from "@/lib/parts/categories";
import type { SearchResult } from "@/lib/parts/search";
import { partName } from "@/lib/parts/types";
import { formatMoney } from "@/lib/pricing/format-money";

/** A small catalog search inside an import line: the best five matches of the line's category. */
export function CatalogSearch({ category, initial, onUse, onCancel, idPrefix }: {
  category: Category; initial: string; onUse: (partId: string) => void; onCancel: () => void; idPrefix: string;
}) {
  const [q, setQ] = useState(initial);
  const [result, setResult] = useState<SearchResult | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ category, q, pageSize: "5" });
      fetch(`/api/parts?${params.toString()}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then((json: SearchResult | null) => setResult(json))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [category, q]);
  return (
    <div className="mt-2 space-y-2 rounded-md border border-zinc-300 p-2 dark:border-zinc-700" data-testid="line-search">
      <div className="flex gap-2">
        <label htmlFor={`${idPrefix}-q`} className="sr-only">Search the catalog</label>
        <input id={`${idPrefix}-q`} type="search" autoFocus value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search the catalog…"
          className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900" />
        <button type="button" onClick={onCancel} className="rounded-md px-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">Cancel</button>
      </div>
      {result && result.items.length === 0 ? <p className="text-xs text-zinc-600 dark:text-zinc-400">No parts match.</p> : null}
      <ul className="space-y-1">
        {result?.items.map((part) => (
          <li key={part.id} className="flex items-center justify-between gap-2 text-sm">
            <span className="min-w-0">
              {partName(part)}
              {part.source === "builtin" ? <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">(curated)</span> : null}
              <span className="ml-1 text-xs tabular-nums text-zinc-600 dark:text-zinc-400">{part.priceCents === null ? "no price" : formatMoney(part.priceCents, part.currency)}</span>
            </span>
            <button type="button" onClick={() => onUse(part.id)} aria-label={`Use ${partName(part)}`}
              className="shrink-0 rounded-md border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Use</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
