"use client";

import { PriceTag } from "@/components/parts/price-tag";
import type { SearchItem } from "@/lib/parts/search";
import { specSummary } from "@/lib/parts/spec-format";
import { partName } from "@/lib/parts/types";
import { variantLabel } from "@/lib/parts/variant-label";

const addButton = "rounded-md bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-600";

/** One result per product; its colour and packaging variants can be added from the same row. */
export function PickerResults({ items, onPick }: { items: SearchItem[]; onPick: (part: SearchItem, variantId?: string) => void }) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="picker-results">
      {items.map((part) => (
        <li key={part.id} data-part-id={part.id} className="space-y-1 py-2">
          <div className="flex items-center justify-between gap-3">
            <div className="min-w-0">
              <p className="text-sm font-medium">
                <span data-testid="result-name">{partName(part)}</span>
                {part.source === "builtin" ? <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">curated</span> : null}
              </p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">{specSummary(part.category, part.specs as Record<string, unknown>)}</p>
            </div>
            <div className="flex shrink-0 items-center gap-3">
              <PriceTag priceCents={part.priceCents} currency={part.currency} observedAt={part.priceObservedAt} />
              <button type="button" data-pick onClick={() => onPick(part)} aria-label={`Add ${partName(part)}`} className={addButton}>Add</button>
            </div>
          </div>
          {part.variants.length > 0 ? (
            <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400" data-testid="variants">
              Also as:
              {part.variants.map((v) => (
                <button key={v.id} type="button" onClick={() => onPick(part, v.id)} aria-label={`Add ${partName(v)}`}
                  className="rounded border border-zinc-300 px-1.5 py-0.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
                  {variantLabel(part, v)}
                </button>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
