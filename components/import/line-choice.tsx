"use client";

import Link from "next/link";
import { useState } from "react";
import { formatMoney } from "@/lib/pricing/format-money";
import type { ImportItemView } from "@/lib/services/import-view";
import { CatalogSearch } from "./catalog-search";

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

type Option = { value: string; label: string };

function options(item: ImportItemView): Option[] {
  const seen = new Set<string>();
  const out: Option[] = [];
  const add = (partId: string, label: string) => {
    if (seen.has(partId)) return;
    seen.add(partId);
    out.push({ value: `part:${partId}`, label });
  };
  const describe = (p: { name: string; source: string; priceCents: number | null; currency: string }, confidence: number | null) =>
    [p.name, confidence === null ? "your choice" : `${percent(confidence)} match`, p.source === "builtin" ? "curated" : "imported", p.priceCents === null ? "no price" : formatMoney(p.priceCents, p.currency)].join(" · ");
  if (item.match) add(item.match.partId, describe(item.match, item.chosen ? null : item.match.confidence));
  for (const c of item.candidates ?? []) add(c.partId, describe(c, c.confidence));
  out.push({ value: "custom", label: `Keep as a custom part: ${item.name}` });
  out.push({ value: "search", label: "Search the catalog…" });
  return out;
}

/** What one imported line becomes: the matcher's pick, another candidate, a searched part, or a custom part. */
export function LineChoice({ item, line, onChoose, onReset, disabled }: {
  item: ImportItemView; line: number; onChoose: (partId: string | null) => void; onReset: () => void; disabled: boolean;
}) {
  const [searching, setSearching] = useState(false);
  const current = item.match ? `part:${item.match.partId}` : "custom";
  const id = `line-${line}`;
  return (
    <div className="min-w-0 space-y-1">
      <div>
        {item.match ? (
          <Link href={item.match.url} className="hover:underline">{item.match.name}</Link>
        ) : (
          <span>{item.name} <span className="text-xs text-zinc-600 dark:text-zinc-400">(custom part)</span></span>
        )}
        {item.match ? <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{item.match.source === "builtin" ? "curated" : "imported"}</span> : null}
      </div>
      <label htmlFor={id} className="sr-only">Line {line + 1}, {item.name}: becomes</label>
      <select id={id} value={current} disabled={disabled} data-testid="line-choice"
        onChange={(e) => {
          const v = e.target.value;
          if (v === "search") setSearching(true);
          else onChoose(v === "custom" ? null : v.slice("part:".length));
        }}
        className="w-full max-w-[30rem] truncate rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
        {options(item).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {item.match && item.match.name !== item.name ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">from “{item.name}”</span> : null}
      {item.chosen ? (
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">
          Your choice · <button type="button" onClick={onReset} disabled={disabled} className="underline hover:no-underline">undo</button>
        </span>
      ) : !item.match && item.candidates?.[0] ? (
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">closest: {item.candidates[0].name} ({percent(item.candidates[0].confidence)}, too low to use on its own)</span>
      ) : null}
      {searching ? (
        <CatalogSearch category={item.category} initial={item.name} idPrefix={id}
          onUse={(partId) => { setSearching(false); onChoose(partId); }} onCancel={() => setSearching(false)} />
      ) : null}
    </div>
  );
}
