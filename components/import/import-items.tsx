import Link from "next/link";
import { formatMoney } from "@/lib/pricing/format-money";
import type { ImportView } from "@/lib/services/import-view";

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
// Below `sm` each line stacks and its figures carry their own labels (.phone-label in globals.css;
// the header stays for screen readers).

/** Each imported line and what it becomes: a catalog part (with the match confidence) or a custom part. */
export function ImportItems({ view }: { view: ImportView }) {
  const money = (cents: number | null) => (cents === null ? "—" : formatMoney(cents, view.currency));
  return (
    <div className="sm:overflow-x-auto">
      <table className="w-full text-left text-sm sm:min-w-[34rem]" data-testid="import-items">
        <caption className="sr-only">Imported lines and their catalog matches</caption>
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
          {view.items.map((item, index) => (
            <tr key={index} className="border-b border-zinc-100 align-top max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-2 max-sm:py-2 dark:border-zinc-900">
              <td className="py-2 pr-3 text-zinc-600 max-sm:col-span-3 max-sm:py-0 max-sm:text-xs dark:text-zinc-400">{item.typeLabel}</td>
              <td className="py-2 pr-3 max-sm:col-span-3 max-sm:py-0.5">
                {item.match ? (
                  <Link href={item.match.url} className="hover:underline">{item.match.name}</Link>
                ) : (
                  <span>{item.name} <span className="text-xs text-zinc-600 dark:text-zinc-400">(custom part)</span></span>
                )}
                {item.match && item.match.name !== item.name ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">from “{item.name}”</span> : null}
                {!item.match && item.candidates?.[0] ? (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">closest: {item.candidates[0].name} ({percent(item.candidates[0].confidence)}, too low to use)</span>
                ) : null}
                {item.discountCents > 0 ? <span className="block text-xs text-emerald-700 dark:text-emerald-400">−{money(item.discountCents)} discount</span> : null}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0 max-sm:text-left phone-label" data-label="Qty">{item.quantity}</td>
              <td className="py-2 pr-3 text-right tabular-nums max-sm:py-0 max-sm:text-left phone-label" data-label="Unit">{money(item.priceCents)}</td>
              <td className="py-2 text-right tabular-nums max-sm:py-0 phone-label" data-label="Match">{item.match ? percent(item.match.confidence) : "none"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
