"use client";

import { useState } from "react";
import { parseMoneyInput } from "@/lib/builds/money-input";
import type { Category } from "@/lib/parts/categories";
import { newKey, type EditorItem } from "./draft-state";

/** A part that is not in the catalog: a name and a price; specs stay unknown. */
export function CustomPartForm({ category, onAdd }: { category: Category; onAdd: (item: EditorItem) => void }) {
  const [name, setName] = useState("");
  const [price, setPrice] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit() {
    const parsed = parseMoneyInput(price);
    if (!name.trim()) return setError("Give the part a name");
    if (!parsed.ok) return setError("Enter a price like 19.99, or leave it empty");
    onAdd({ key: newKey(), category, label: name.trim(), partId: null, quantity: 1, priceCents: parsed.cents, discountCents: 0 });
  }

  return (
    <details className="border-t border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <summary className="cursor-pointer font-medium">Not in the catalog? Add a custom part</summary>
      <div className="mt-3 grid gap-2 sm:grid-cols-[1fr_8rem_auto] sm:items-end">
        <label htmlFor="custom-name">Name
          <input id="custom-name" value={name} onChange={(e) => setName(e.target.value)} className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900" />
        </label>
        <label htmlFor="custom-price">Price
          <input id="custom-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} placeholder="unknown" className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900" />
        </label>
        <button type="button" onClick={submit} className="rounded-md border border-zinc-300 px-3 py-1.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Add custom part</button>
      </div>
      {error ? <p role="alert" className="mt-2 text-red-700 dark:text-red-400">{error}</p> : null}
    </details>
  );
}
