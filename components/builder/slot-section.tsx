"use client";

import type { ItemField } from "@/lib/builds/item-fields";
import { CATEGORY_LABELS, type Category } from "@/lib/parts/categories";
import { CATEGORY_PHRASES } from "@/lib/parts/category-phrases";
import type { EditorAction, EditorItem } from "./draft-state";
import { ItemRow } from "./item-row";
import type { RowIssues } from "./row-marker";
import type { ReportFieldError } from "./use-field-errors";

const button = "rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** One slot of the build: its lines, "+ Add" (or "Change" for a single-slot part that is chosen). */
export function SlotSection({ category, multiple, items, currency, issues, serverErrors, dispatch, report, onPick, readOnly }: {
  category: Category;
  multiple: boolean;
  items: EditorItem[];
  currency: string;
  issues: ReadonlyMap<string, RowIssues>;
  serverErrors: ReadonlyMap<string, Partial<Record<ItemField, string>>>;
  dispatch: (a: EditorAction) => void;
  report: ReportFieldError;
  /** Opens the picker; with a line, the chosen part replaces it. */
  onPick: (category: Category, replace?: EditorItem) => void;
  readOnly: boolean;
}) {
  const label = CATEGORY_LABELS[category];
  const noun = CATEGORY_PHRASES[category].noun;
  const single = !multiple && items.length === 1 ? items[0] : undefined;
  return (
    <section aria-label={label} className="space-y-2 border-b border-zinc-200 py-3 dark:border-zinc-800" data-slot={category}>
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">{label}</h3>
        {readOnly ? null : single ? (
          <button type="button" id={`change-${category}`} onClick={() => onPick(category, single)} aria-label={`Change ${noun}: ${single.label}`} className={button}>
            Change
          </button>
        ) : multiple || items.length === 0 ? (
          <button type="button" id={`add-${category}`} onClick={() => onPick(category)} className={button}>
            + Add {noun}
          </button>
        ) : null}
      </div>
      {items.length > 0 ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <ItemRow key={item.key} item={item} currency={currency} issues={issues.get(item.key)} serverErrors={serverErrors.get(item.key)}
              dispatch={dispatch} report={report} readOnly={readOnly} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">None chosen.</p>
      )}
    </section>
  );
}
