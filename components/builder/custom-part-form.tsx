"use client";

import { useState } from "react";
import { parseMoneyInput } from "@/lib/builds/money-input";
import type { Category } from "@/lib/parts/categories";
import { CUSTOM_SPEC_FIELDS, specsFromForm } from "@/lib/builds/custom-spec-fields";
import { newKey, type EditorItem } from "./draft-state";

const input = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900";

/** A part that is not in the catalog: name, price and, optionally, the specs the checks use. */
export function CustomPartForm({ category, onAdd }: { category: Category; onAdd: (item: EditorItem) => void }) {
  const [name, setName] = useState("");
  const [price, setPrice] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  function submit() {
    const parsed = parseMoneyInput(price);
    if (!name.trim()) return setError("Give the part a name");
    if (!parsed.ok) return setError("Enter a price like 19.99, or leave it empty");
    const specs = specsFromForm(category, values);
    if ("error" in specs) return setError(specs.error);
    onAdd({ key: newKey(), category, label: name.trim(), partId: null, customSpecs: specs.specs, quantity: 1, priceCents: parsed.cents, discountCents: 0 });
  }

  return (
    <details className="border-t border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <summary className="cursor-pointer font-medium">Not in the catalog? Add a custom part</summary>
      <div className="mt-3 grid gap-2 sm:grid-cols-2">
        <label htmlFor="custom-name">Name
          <input id="custom-name" value={name} onChange={(e) => setName(e.target.value)} className={input} />
        </label>
        <label htmlFor="custom-price">Price
          <input id="custom-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} placeholder="unknown" className={input} />
        </label>
        {CUSTOM_SPEC_FIELDS[category].map((field) => (
          <label key={field.key} htmlFor={`custom-${field.key}`}>
            {field.label}{field.kind === "number" && field.unit ? ` (${field.unit})` : ""} <span className="text-zinc-600 dark:text-zinc-400">optional</span>
            {field.kind === "choice" ? (
              <select id={`custom-${field.key}`} value={values[field.key] ?? ""} onChange={(e) => setValues({ ...values, [field.key]: e.target.value })} className={input}>
                <option value="">Unknown</option>
                {field.options.map((o) => <option key={o} value={o}>{o}</option>)}
              </select>
            ) : (
              <input id={`custom-${field.key}`} inputMode={field.kind === "number" ? "decimal" : "text"} value={values[field.key] ?? ""}
                placeholder={field.kind === "text" ? field.placeholder : "unknown"} onChange={(e) => setValues({ ...values, [field.key]: e.target.value })} className={input} />
            )}
          </label>
        ))}
      </div>
      <button type="button" onClick={submit} className="mt-3 rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Add custom part</button>
      {error ? <p role="alert" className="mt-2 text-red-700 dark:text-red-400">{error}</p> : null}
    </details>
  );
}
