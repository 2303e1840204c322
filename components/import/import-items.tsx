import Link from "next/link";
import { formatMoney } from "@/lib/pricing/format-money";
import type { ImportView } from "@/lib/services/import-view";

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** Each imported line and what it becomes: a catalog part (with the match confidence) or a custom part. */
export function ImportItems({ view }: { view: ImportView }) {
  const money = (cents: number | null) => (cents === null ? "—" : formatMoney(cents, view.currency));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[34rem] text-left text-sm" data-testid="import-items">
        <caption className="sr-only">Imported lines and their catalog matches</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
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
            <tr key={index} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <td className="py-2 pr-3 text-zinc-600 dark:text-zinc-400">{item.typeLabel}</td>
              <td className="py-2 pr-3">
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
              <td className="py-2 pr-3 text-right tabular-nums">{item.quantity}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{money(item.priceCents)}</td>
              <td className="py-2 text-right tabular-nums">{item.match ? percent(item.match.confidence) : "none"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
