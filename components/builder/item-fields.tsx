"use client";

import { useEffect, useState } from "react";
import { centsToInput } from "@/lib/builds/money-input";
import { checkItemFields, type ItemField } from "@/lib/builds/item-fields";
import { formatMoney } from "@/lib/pricing/format-money";
import type { EditorAction, EditorItem } from "./draft-state";
import type { ReportFieldError } from "./use-field-errors";

const box = "w-full rounded-md border bg-white px-2 py-1 text-sm tabular-nums dark:bg-zinc-900";
const ok = "border-zinc-300 dark:border-zinc-700";
const bad = "border-red-600 ring-1 ring-red-600 dark:border-red-400 dark:ring-red-400";

const FIELDS: { field: ItemField; label: string; suffix: string }[] = [
  { field: "quantity", label: "Qty", suffix: "qty" },
  { field: "price", label: "Unit price", suffix: "price" },
  { field: "discount", label: "Discount", suffix: "discount" },
];
const NAMES: Record<ItemField, string> = { quantity: "Quantity", price: "Unit price", discount: "Discount" };

/**
 * A line's quantity, price paid and discount. Each box keeps what was typed (it can be cleared
 * and retyped); the line changes only when all three make sense together, and a box that does
 * not is marked, with the reason under it and in the builder's list of fields to fix.
 */
export function ItemFields({ item, currency, dispatch, report, serverErrors, readOnly, priceHintId }: {
  item: EditorItem;
  currency: string;
  dispatch: (a: EditorAction) => void;
  report: ReportFieldError;
  serverErrors?: Partial<Record<ItemField, string>>;
  readOnly: boolean;
  /** A note under the line's name that the price box should be read with ("No price yet"). */
  priceHintId?: string;
}) {
  const [texts, setTexts] = useState({
    quantity: String(item.quantity),
    price: centsToInput(item.priceCents),
    discount: item.discountCents ? centsToInput(item.discountCents) : "",
  });
  const money = (cents: number) => formatMoney(cents, currency);
  const check = checkItemFields(texts, money);
  const errors: Partial<Record<ItemField, string>> = { ...serverErrors, ...(check.ok ? {} : check.errors) };
  const id = (suffix: string) => `item-${item.key}-${suffix}`;

  // The builder's summary lists every invalid box by name; a removed line takes its errors along.
  const errorKey = JSON.stringify(errors);
  useEffect(() => {
    const current = JSON.parse(errorKey) as Partial<Record<ItemField, string>>;
    for (const { field, suffix } of FIELDS) {
      const message = current[field];
      report(id(suffix), message ? { inputId: id(suffix), label: `${NAMES[field]} of ${item.label}`, message } : null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- id() depends only on item.key
  }, [errorKey, item.key, item.label, report]);
  useEffect(() => () => FIELDS.forEach(({ suffix }) => report(`item-${item.key}-${suffix}`, null)), [item.key, report]);

  function change(field: ItemField, value: string) {
    const next = { ...texts, [field]: value };
    setTexts(next);
    const result = checkItemFields(next, money);
    if (!result.ok) return;
    const { quantity, priceCents, discountCents } = result.values;
    const patch: Partial<Pick<EditorItem, "quantity" | "priceCents" | "discountCents">> = {};
    if (quantity !== item.quantity) patch.quantity = quantity;
    if (priceCents !== item.priceCents) patch.priceCents = priceCents;
    if (discountCents !== item.discountCents) patch.discountCents = discountCents;
    if (Object.keys(patch).length > 0) dispatch({ type: "update", key: item.key, patch });
  }

  return (
    <div className="col-span-2 grid grid-cols-3 gap-2 sm:contents">
      {FIELDS.map(({ field, label, suffix }) => (
        <label key={field} className="text-xs text-zinc-600 dark:text-zinc-400" htmlFor={id(suffix)}>
          {label}
          <input id={id(suffix)} value={texts[field]} readOnly={readOnly} aria-invalid={errors[field] ? true : undefined}
            aria-describedby={[errors[field] ? id(`${suffix}-error`) : "", field === "price" ? (priceHintId ?? "") : ""].filter(Boolean).join(" ") || undefined}
            {...(field === "quantity" ? { type: "number", min: 1, max: 99, step: 1, inputMode: "numeric" as const } : { inputMode: "decimal" as const, placeholder: field === "price" ? "add price" : "0.00" })}
            onChange={(e) => change(field, e.target.value)} className={`${box} ${errors[field] ? bad : ok}`} />
        </label>
      ))}
      {FIELDS.filter(({ field }) => errors[field]).map(({ field, suffix }) => (
        <p key={field} id={id(`${suffix}-error`)} className="col-span-full text-xs font-medium text-red-700 dark:text-red-400" data-testid="field-error">
          {NAMES[field]}: {errors[field]}
        </p>
      ))}
    </div>
  );
}
