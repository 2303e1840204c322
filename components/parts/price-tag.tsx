import { formatObservedDay } from "@/lib/prices/observed-at";
import { formatMoney } from "@/lib/pricing/format-money";

/** A part's current price with the day it was observed, or a plain "no price yet". */
export function PriceTag({ priceCents, currency, observedAt, className = "" }: { priceCents: number | null; currency: string; observedAt?: string | null; className?: string }) {
  if (priceCents === null) return <span className={`text-sm text-zinc-600 dark:text-zinc-400 ${className}`}>No price yet</span>;
  return (
    <span className={`text-right text-sm tabular-nums ${className}`}>
      {formatMoney(priceCents, currency)}
      {observedAt ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">as of {formatObservedDay(observedAt)}</span> : null}
    </span>
  );
}
