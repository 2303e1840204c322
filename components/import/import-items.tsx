"use client";

import { formatMoney } from "@/lib/pricing/format-money";
import type { ImportView } from "@/lib/services/import-view";
import { LineChoice } from "./line-choice";

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
// Below `sm` each line stacks and its figures carry their own labels (.phone-label in globals.css;
// the header stays for screen readers).

/** Each imported line and what it becomes; every line can be corrected before saving. */
export function ImportItems({ view, onChoose, onReset, busy }: {
  view: ImportView; onChoose: (line: number, partId: string | null) => void; onReset: (line: number) => void; busy: boolean;
}) {
  const money = (cents: number | null) => (cents === null ? "—" : formatMoney(cents, view.currency));
  return (
    <div className="sm:overflow-x-auto">
      <table className="w-full text-left text-sm sm:min-w-[40rem]" data-testid="import-items">
        <caption className="sr-only">Imported lines and what each becomes</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 max-sm:sr-only dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Type</th>
            <th scope="col" className="py-2 pr-3 font-medium">Becomes</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Qty</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Unit</th>
            <th scope="col" className="py-2 text-right font-medium">Match</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((item, line) => (
            <tr key={line} className="border-b border-zinc-100 align-top max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-2 max-sm:py-2 dark:border-zinc-900" data-testid="import-line">
              <td className="py-2 pr-3 text-zinc-600 max-sm:col-span-3 max-sm:py-0 max-sm:text-xs dark:text-zinc-400">{item.typeLabel}</td>
              <td className="py-2 pr-3 max-sm:col-span-3 max-sm:py-0.5">
                <LineChoice item={item} line={line} disabled={busy} onChoose={(partId) => onChoose(line, partId)} onReset={() => onReset(line)} />
                {item.discountCents > 0 ? <span className="block text-xs text-emerald-700 dark:text-emerald-400">−{money(item.discountCents)} discount</span> : null}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0 max-sm:text-left phone-label" data-label="Qty">{item.quantity}</td>
              <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0 max-sm:text-left phone-label" data-label="Unit">
                {item.priceCents !== null ? money(item.priceCents) : item.match?.priceCents != null && item.match.currency === view.currency
                  ? <span title="No price in the list: the catalog's current price is used">{money(item.match.priceCents)}<span className="block text-xs text-zinc-600 dark:text-zinc-400">catalog</span></span>
                  : <span className="text-amber-800 dark:text-amber-300">no price</span>}
              </td>
              <td className="py-2 text-right tabular-nums max-sm:py-0 phone-label" data-label="Match">{item.chosen ? "yours" : item.match ? percent(item.match.confidence) : "none"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
