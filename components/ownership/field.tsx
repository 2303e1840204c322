import { useId, type ReactNode } from "react";

export const inputClass =
  "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm tabular-nums aria-[invalid=true]:border-red-600 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900";

/** A labelled text box for a number; errors and hints are tied to it for screen readers. */
export function NumberField({ label, value, onChange, error, hint, disabled, suffix, testId }: {
  label: ReactNode; value: string; onChange: (value: string) => void; error?: string; hint?: ReactNode;
  disabled: boolean; suffix?: ReactNode; testId?: string;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <div className="flex items-center gap-2">
        <input id={id} type="text" inputMode="decimal" autoComplete="off" value={value} disabled={disabled} data-testid={testId}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} className={inputClass} />
        {suffix}
      </div>
      {hint ? <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
