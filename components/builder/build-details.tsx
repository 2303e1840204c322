"use client";

import { useEffect, useState } from "react";
import { CURRENCIES } from "@/lib/builds/currencies";
import { centsToInput, parseMoneyInput } from "@/lib/builds/money-input";
import { CIRCUITS, circuit, DEFAULT_CIRCUIT, isCircuitId } from "@/lib/power/circuits";
import type { EditorAction, EditorState } from "./draft-state";
import type { ReportFieldError } from "./use-field-errors";

const field = "w-full rounded-md border bg-white px-2 py-1.5 text-sm dark:bg-zinc-900";
const ok = "border-zinc-300 dark:border-zinc-700";
const bad = "border-red-600 ring-1 ring-red-600 dark:border-red-400 dark:ring-red-400";

function shippingError(text: string): string | null {
  const parsed = parseMoneyInput(text);
  return parsed.ok && (parsed.cents ?? 0) <= 20_000_000_00 ? null : "Enter an amount like 15.00, or leave it empty";
}

function taxError(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const rate = Number(t);
  return /^\d{1,3}(\.\d{0,3})?$/.test(t) && rate <= 100 ? null : "Enter a percentage from 0 to 100 with at most 3 decimals, e.g. 8.25";
}

/** Name, currency, shipping, tax and notes; a box that cannot be used is marked and named. */
export function BuildDetails({ state, dispatch, report, readOnly }: { state: EditorState; dispatch: (a: EditorAction) => void; report: ReportFieldError; readOnly: boolean }) {
  const [shipping, setShipping] = useState(state.shippingCents ? centsToInput(state.shippingCents) : "");
  const [tax, setTax] = useState(state.taxRate ? String(state.taxRate) : "");
  const set = (patch: Partial<Omit<EditorState, "items">>) => dispatch({ type: "field", patch });
  const errors = { shipping: shippingError(shipping), tax: taxError(tax) };

  useEffect(() => {
    report("build-shipping", errors.shipping ? { inputId: "build-shipping", label: "Shipping", message: errors.shipping } : null);
    report("build-tax", errors.tax ? { inputId: "build-tax", label: "Tax rate", message: errors.tax } : null);
  }, [errors.shipping, errors.tax, report]);

  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 text-base font-semibold">Name, notes and extra costs</legend>
      <label htmlFor="build-name" className="text-sm sm:col-span-2">Build name
        <input id="build-name" value={state.name} maxLength={120} readOnly={readOnly} onChange={(e) => set({ name: e.target.value })} placeholder="My deep-learning box" className={`${field} ${ok}`} />
      </label>
      <label htmlFor="build-currency" className="text-sm">Currency
        <select id="build-currency" value={state.currency} disabled={readOnly} onChange={(e) => set({ currency: e.target.value as EditorState["currency"] })} className={`${field} ${ok}`}>
          {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label htmlFor="build-circuit" className="text-sm">Wall circuit
        <select id="build-circuit" value={state.circuit ?? ""} disabled={readOnly} aria-describedby="build-circuit-help" className={`${field} ${ok}`}
          onChange={(e) => set({ circuit: isCircuitId(e.target.value) ? e.target.value : null })}>
          <option value="">Default for {state.currency}: {circuit(DEFAULT_CIRCUIT[state.currency]).label}</option>
          {CIRCUITS.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
        <span id="build-circuit-help" className="text-xs text-zinc-600 dark:text-zinc-400">The outlet the box plugs into; the checks warn when training would draw more than 80% of it.</span>
      </label>
      <label htmlFor="build-shipping" className="text-sm">Shipping
        <input id="build-shipping" inputMode="decimal" value={shipping} placeholder="0.00" readOnly={readOnly} className={`${field} ${errors.shipping ? bad : ok}`}
          aria-invalid={errors.shipping ? true : undefined} aria-describedby={errors.shipping ? "build-shipping-error" : undefined}
          onChange={(e) => {
            setShipping(e.target.value);
            const parsed = parseMoneyInput(e.target.value);
            if (parsed.ok && !shippingError(e.target.value)) set({ shippingCents: parsed.cents ?? 0 });
          }} />
        {errors.shipping ? <span id="build-shipping-error" className="mt-1 block text-xs font-medium text-red-700 dark:text-red-400">Shipping: {errors.shipping}</span> : null}
      </label>
      <label htmlFor="build-tax" className="text-sm">Tax rate (%)
        <input id="build-tax" inputMode="decimal" value={tax} placeholder="0" readOnly={readOnly} className={`${field} ${errors.tax ? bad : ok}`}
          aria-invalid={errors.tax ? true : undefined} aria-describedby={errors.tax ? "build-tax-error" : undefined}
          onChange={(e) => {
            setTax(e.target.value);
            if (!taxError(e.target.value)) set({ taxRate: e.target.value.trim() === "" ? 0 : Number(e.target.value) });
          }} />
        {errors.tax ? <span id="build-tax-error" className="mt-1 block text-xs font-medium text-red-700 dark:text-red-400">Tax rate: {errors.tax}</span> : null}
      </label>
      <label htmlFor="build-notes" className="text-sm sm:col-span-2">Notes
        <textarea id="build-notes" rows={3} maxLength={5000} value={state.notes} readOnly={readOnly} onChange={(e) => set({ notes: e.target.value })} className={`${field} ${ok}`} />
      </label>
    </fieldset>
  );
}
