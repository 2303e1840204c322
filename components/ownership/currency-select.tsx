import { CURRENCIES, type Currency } from "@/lib/builds/currencies";

export function CurrencySelect({ label, value, onChange, disabled }: { label: string; value: Currency; onChange: (c: Currency) => void; disabled: boolean }) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Currency)}
      className="rounded-md border border-zinc-300 bg-white px-1.5 py-1.5 text-sm disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900">
      {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
    </select>
  );
}
