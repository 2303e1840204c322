"use client";

import { useState } from "react";
import { centsToInput, parseMoneyInput } from "@/lib/builds/money-input";
import { formatObservedDay } from "@/lib/prices/observed-at";
import type { EditorAction, EditorItem } from "./draft-state";

const input = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm tabular-nums dark:border-zinc-700 dark:bg-zinc-900";

/** One build line: quantity, price paid and discount, edited in place. */
export function ItemRow({ item, dispatch }: { item: EditorItem; dispatch: (a: EditorAction) => void }) {
  const [price, setPrice] = useState(centsToInput(item.priceCents));
  const [discount, setDiscount] = useState(item.discountCents ? centsToInput(item.discountCents) : "");
  const [invalid, setInvalid] = useState<string | null>(null);
  const id = `item-${item.key}`;

  function commitMoney(field: "priceCents" | "discountCents", text: string) {
    const parsed = parseMoneyInput(text);
    if (!parsed.ok) return setInvalid(field);
    setInvalid(null);
    dispatch({ type: "update", key: item.key, patch: field === "priceCents" ? { priceCents: parsed.cents } : { discountCents: parsed.cents ?? 0 } });
  }

  const unpriced = item.priceCents === null;
  return (
    <li className={`grid grid-cols-[1fr_auto] gap-2 rounded-md border p-2 sm:grid-cols-[1fr_4.5rem_6.5rem_6.5rem_auto] sm:items-end ${unpriced ? "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40" : "border-zinc-200 dark:border-zinc-800"}`}
      data-testid="build-item" data-unpriced={unpriced || undefined}>
      <div className="min-w-0 self-center">
        <p className="truncate text-sm font-medium" title={item.label}>{item.label}</p>
        {item.partId === null ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Custom part</p> : null}
        {unpriced ? (
          <p id={`${id}-price-hint`} className="text-xs text-amber-900 dark:text-amber-200">No price yet: enter what you paid or will pay</p>
        ) : item.priceObservedAt ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">Catalog price as of {formatObservedDay(item.priceObservedAt)}</p>
        ) : null}
      </div>
      <div className="col-span-2 grid grid-cols-3 gap-2 sm:contents">
        <label className="text-xs text-zinc-600 dark:text-zinc-400" htmlFor={`${id}-qty`}>
          Qty
          <input id={`${id}-qty`} type="number" min={1} max={99} value={item.quantity} className={input}
            onChange={(e) => dispatch({ type: "update", key: item.key, patch: { quantity: Math.min(99, Math.max(1, Number(e.target.value) || 1)) } })} />
        </label>
        <label className="text-xs text-zinc-600 dark:text-zinc-400" htmlFor={`${id}-price`}>
          Unit price
          <input id={`${id}-price`} inputMode="decimal" placeholder="add price" value={price} className={input} aria-invalid={invalid === "priceCents"}
            aria-describedby={unpriced ? `${id}-price-hint` : undefined}
            onChange={(e) => setPrice(e.target.value)} onBlur={() => commitMoney("priceCents", price)} />
        </label>
        <label className="text-xs text-zinc-600 dark:text-zinc-400" htmlFor={`${id}-discount`}>
          Discount
          <input id={`${id}-discount`} inputMode="decimal" placeholder="0.00" value={discount} className={input} aria-invalid={invalid === "discountCents"}
            onChange={(e) => setDiscount(e.target.value)} onBlur={() => commitMoney("discountCents", discount)} />
        </label>
      </div>
      <button type="button" onClick={() => dispatch({ type: "remove", key: item.key })} aria-label={`Remove ${item.label}`}
        className="row-start-1 col-start-2 self-start rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950 sm:col-start-5 sm:self-end">
        Remove
      </button>
      {invalid ? <p role="alert" className="col-span-full text-xs text-red-700 dark:text-red-400">Enter an amount like 129.99</p> : null}
    </li>
  );
}
