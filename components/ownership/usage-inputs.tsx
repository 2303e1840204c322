import type { Currency } from "@/lib/builds/currencies";
import type { FormField } from "@/lib/ownership";
import type { OwnershipForm } from "@/lib/ownership/setup";
import { CurrencySelect } from "./currency-select";
import { NumberField } from "./field";

type Props = {
  form: OwnershipForm; currency: Currency; errors: Partial<Record<FormField, string>>; wallBasis: string;
  onChange: (patch: Partial<OwnershipForm>) => void; disabled: boolean;
};

export const fieldsetClass = "space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800";
export const legendClass = "px-1 text-sm font-semibold";

/** How much the box trains, what that draws, and what it may sell for later. */
export function UsageInputs({ form, currency, errors, wallBasis, onChange, disabled }: Props) {
  return (
    <>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Your usage</legend>
        <NumberField label="Training hours per week" value={form.hoursPerWeek} onChange={(hoursPerWeek) => onChange({ hoursPerWeek })}
          error={errors.hoursPerWeek} disabled={disabled} testId="hours-per-week" />
        <NumberField label="Wall draw while training (W)" value={form.loadW} onChange={(loadW) => onChange({ loadW })} error={errors.loadW} disabled={disabled}
          hint={`From ${wallBasis}.`} testId="training-wall-w" />
        <div className="grid grid-cols-2 gap-3">
          <NumberField label="Idle hours per week" value={form.idleHoursPerWeek} onChange={(idleHoursPerWeek) => onChange({ idleHoursPerWeek })}
            error={errors.idleHoursPerWeek} disabled={disabled} hint="Switched on, not training (0: off)." testId="idle-hours" />
          <NumberField label="Idle draw (W)" value={form.idleW} onChange={(idleW) => onChange({ idleW })} error={errors.idleW} disabled={disabled}
            hint="Estimate: idle GPUs and CPU plus the rest." testId="idle-wall-w" />
        </div>
        <NumberField label="Electricity price per kWh" value={form.kwhPrice} onChange={(kwhPrice) => onChange({ kwhPrice })} error={errors.kwhPrice}
          disabled={disabled} hint="Starts at a rough example tariff (unverified): use yours."
          suffix={<CurrencySelect label="Electricity price currency" value={form.kwhCurrency} onChange={(kwhCurrency) => onChange({ kwhCurrency })} disabled={disabled} />} />
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Resale (optional)</legend>
        <div className="grid grid-cols-2 gap-3">
          <NumberField label={`Sells for (${currency})`} value={form.resale} onChange={(resale) => onChange({ resale })} error={errors.resale} disabled={disabled} />
          <NumberField label="After (years)" value={form.resaleYears} onChange={(resaleYears) => onChange({ resaleYears })} error={errors.resaleYears} disabled={disabled} />
        </div>
      </fieldset>
    </>
  );
}
