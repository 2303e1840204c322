"use client";

import type { ItemField } from "@/lib/builds/item-fields";
import { formatObservedDay } from "@/lib/prices/observed-at";
import type { EditorAction, EditorItem } from "./draft-state";
import { ItemFields } from "./item-fields";
import { RowMarker, type RowIssues } from "./row-marker";
import type { ReportFieldError } from "./use-field-errors";

const EDGE = {
  error: "border-red-400 bg-red-50/60 dark:border-red-700 dark:bg-red-950/30",
  warning: "border-amber-400 bg-amber-50/60 dark:border-amber-700 dark:bg-amber-950/30",
  unpriced: "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40",
  none: "border-zinc-200 dark:border-zinc-800",
};

/** One build line: its name in full, its problems (linked to the check), quantity, price paid and discount. */
export function ItemRow({ item, currency, issues, dispatch, report, serverErrors, readOnly }: {
  item: EditorItem;
  currency: string;
  issues?: RowIssues;
  dispatch: (a: EditorAction) => void;
  report: ReportFieldError;
  serverErrors?: Partial<Record<ItemField, string>>;
  readOnly: boolean;
}) {
  const unpriced = item.priceCents === null;
  const hintId = `item-${item.key}-price-hint`;
  return (
    <li id={`row-${item.key}`} tabIndex={-1} data-testid="build-item" data-issue={issues?.worst} data-unpriced={unpriced || undefined}
      className={`grid grid-cols-[1fr_auto] gap-2 rounded-md border p-2 sm:grid-cols-[1fr_4.5rem_6.5rem_6.5rem_auto] sm:items-end ${EDGE[issues?.worst ?? (unpriced ? "unpriced" : "none")]}`}>
      <div className="min-w-0 self-center">
        <p className="text-sm font-medium break-words">{item.label}</p>
        {item.partId === null ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Custom part</p> : null}
        {unpriced ? (
          <p id={hintId} className="text-xs text-amber-900 dark:text-amber-200">No price yet: enter what you paid or will pay</p>
        ) : item.priceObservedAt ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">Catalog price as of {formatObservedDay(item.priceObservedAt)}</p>
        ) : null}
        {issues ? <RowMarker issues={issues} /> : null}
      </div>
      <ItemFields item={item} currency={currency} dispatch={dispatch} report={report} serverErrors={serverErrors} readOnly={readOnly}
        priceHintId={unpriced ? hintId : undefined} />
      {readOnly ? null : (
        <button type="button" onClick={() => dispatch({ type: "remove", key: item.key })} aria-label={`Remove ${item.label}`}
          className="row-start-1 col-start-2 self-start rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950 sm:col-start-5 sm:self-end">
          Remove
        </button>
      )}
    </li>
  );
}
