"use client";

import { CATEGORY_LABELS, type Category } from "@/lib/parts/categories";
import type { EditorAction, EditorItem } from "./draft-state";
import { ItemRow } from "./item-row";

export function SlotSection({ category, multiple, items, dispatch, onAdd }: {
  category: Category;
  multiple: boolean;
  items: EditorItem[];
  dispatch: (a: EditorAction) => void;
  onAdd: (category: Category) => void;
}) {
  const label = CATEGORY_LABELS[category];
  const canAdd = multiple || items.length === 0;
  return (
    <section aria-label={label} className="space-y-2 border-b border-zinc-200 py-3 dark:border-zinc-800" data-slot={category}>
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">{label}</h3>
        {canAdd ? (
          <button type="button" onClick={() => onAdd(category)} className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
            + Add {label.toLowerCase()}
          </button>
        ) : null}
      </div>
      {items.length > 0 ? (
        <ul className="space-y-2">{items.map((item) => <ItemRow key={item.key} item={item} dispatch={dispatch} />)}</ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">None chosen.</p>
      )}
    </section>
  );
}
