"use client";

import { useState } from "react";
import { CURRENCIES } from "@/lib/builds/currencies";
import { centsToInput, parseMoneyInput } from "@/lib/builds/money-input";
import { CIRCUITS, circuit, DEFAULT_CIRCUIT, isCircuitId } from "@/lib/power/circuits";
import type { EditorAction, EditorState } from "./draft-state";

const field = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

export function BuildDetails({ state, dispatch }: { state: EditorState; dispatch: (a: EditorAction) => void }) {
  const [shipping, setShipping] = useState(state.shippingCents ? centsToInput(state.shippingCents) : "");
  const [tax, setTax] = useState(state.taxRate ? String(state.taxRate) : "");
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Omit<EditorState, "items">>) => dispatch({ type: "field", patch });

  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="sr-only">Build details</legend>
      <label htmlFor="build-name" className="text-sm sm:col-span-2">Build name
        <input id="build-name" value={state.name} maxLength={120} onChange={(e) => set({ name: e.target.value })} placeholder="My deep-learning box" className={field} />
      </label>
      <label htmlFor="build-currency" className="text-sm">Currency
        <select id="build-currency" value={state.currency} onChange={(e) => set({ currency: e.target.value as EditorState["currency"] })} className={field}>
          {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label htmlFor="build-circuit" className="text-sm">Wall circuit
        <select id="build-circuit" value={state.circuit ?? ""} aria-describedby="build-circuit-help" className={field}
          onChange={(e) => set({ circuit: isCircuitId(e.target.value) ? e.target.value : null })}>
          <option value="">Default for {state.currency}: {circuit(DEFAULT_CIRCUIT[state.currency]).label}</option>
          {CIRCUITS.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
        <span id="build-circuit-help" className="text-xs text-zinc-600 dark:text-zinc-400">The outlet the box plugs into; the checks warn when training would draw more than 80% of it.</span>
      </label>
      <label htmlFor="build-shipping" className="text-sm">Shipping
        <input id="build-shipping" inputMode="decimal" value={shipping} placeholder="0.00" className={field}
          onChange={(e) => setShipping(e.target.value)}
          onBlur={() => {
            const parsed = parseMoneyInput(shipping);
            if (!parsed.ok) return setError("Shipping must be an amount like 15.00");
            setError(null);
            set({ shippingCents: parsed.cents ?? 0 });
          }} />
      </label>
      <label htmlFor="build-tax" className="text-sm">Tax rate (%)
        <input id="build-tax" inputMode="decimal" value={tax} placeholder="0" className={field}
          onChange={(e) => setTax(e.target.value)}
          onBlur={() => {
            const rate = tax.trim() === "" ? 0 : Number(tax);
            if (!Number.isFinite(rate) || rate < 0 || rate > 100 || !/^\d*(\.\d{0,3})?$/.test(tax.trim())) return setError("Tax rate is a percentage between 0 and 100, e.g. 8.25");
            setError(null);
            set({ taxRate: rate });
          }} />
      </label>
      <label htmlFor="build-notes" className="text-sm sm:col-span-2">Notes
        <textarea id="build-notes" rows={3} maxLength={5000} value={state.notes} onChange={(e) => set({ notes: e.target.value })} className={field} />
      </label>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400 sm:col-span-2">{error}</p> : null}
    </fieldset>
  );
}
