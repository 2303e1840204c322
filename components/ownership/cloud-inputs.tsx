import type { Currency } from "@/lib/builds/currencies";
import { CLOUD_GPUS, CLOUD_PRESETS, CUSTOM_CLOUD, type CloudPreset, type FormField } from "@/lib/ownership";
import type { OwnershipForm } from "@/lib/ownership/setup";
import { formatMoneyPrecise } from "@/lib/pricing/format-money-short";
import { CurrencySelect } from "./currency-select";
import { inputClass, NumberField } from "./field";
import { fieldsetClass, legendClass } from "./usage-inputs";

const PROVIDERS = [...new Set(CLOUD_PRESETS.map((p) => p.provider))];

type Props = {
  form: OwnershipForm; currency: Currency; preset: CloudPreset | null; errors: Partial<Record<FormField, string>>;
  onChange: (patch: Partial<OwnershipForm>) => void; disabled: boolean;
};

/** Where the price came from and when: cloud prices move, so the date is part of the number. */
function PresetFacts({ preset }: { preset: CloudPreset }) {
  const gpu = CLOUD_GPUS.find((g) => g.id === preset.gpuId)!;
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="cloud-preset-facts">
      {gpu.name}, {formatMoneyPrecise(preset.milliCentsPerHour, preset.currency)} per GPU-hour on demand.
      Price as of <span data-testid="cloud-preset-date">{preset.asOf}</span>: {preset.source} (<a className="underline" href={preset.sourceUrl} rel="noreferrer">{preset.provider} pricing</a>).
      {preset.caveat ? <span className="font-medium text-amber-800 dark:text-amber-300"> Note: {preset.caveat}.</span> : null}
      {preset.spot ? (
        <span data-testid="cloud-preset-spot"> Spot / interruptible: {preset.spot.note} (<a className="underline" href={preset.spot.sourceUrl} rel="noreferrer">terms</a>).</span>
      ) : null}
    </p>
  );
}

export function CloudInputs({ form, currency, preset, errors, onChange, disabled }: Props) {
  const cloudCurrency = preset?.currency ?? form.customCurrency;
  const foreign = [...new Set([form.kwhCurrency, cloudCurrency])].filter((c) => c !== currency);
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Cloud offer</legend>
      <div className="space-y-1">
        <label htmlFor="cloud-offer" className="block text-sm font-medium">Compare with</label>
        <select id="cloud-offer" value={form.cloud} disabled={disabled} onChange={(e) => onChange({ cloud: e.target.value })} className={inputClass}>
          {PROVIDERS.map((provider) => (
            <optgroup key={provider} label={provider}>
              {CLOUD_PRESETS.filter((p) => p.provider === provider).map((p) => (
                <option key={p.id} value={p.id}>{`${p.provider} ${p.offer}: ${formatMoneyPrecise(p.milliCentsPerHour, p.currency)}/h`}</option>
              ))}
            </optgroup>
          ))}
          <option value={CUSTOM_CLOUD}>Custom price…</option>
        </select>
        {preset ? <PresetFacts preset={preset} /> : null}
      </div>
      {preset ? null : (
        <div className="space-y-3">
          <NumberField label="Price per GPU-hour" value={form.customPrice} onChange={(customPrice) => onChange({ customPrice })} error={errors.customPrice} disabled={disabled}
            suffix={<CurrencySelect label="Cloud price currency" value={form.customCurrency} onChange={(customCurrency) => onChange({ customCurrency })} disabled={disabled} />} />
          <div className="space-y-1">
            <label htmlFor="cloud-gpu" className="block text-sm font-medium">Cloud GPU</label>
            <select id="cloud-gpu" value={form.customGpuId} disabled={disabled} onChange={(e) => onChange({ customGpuId: e.target.value })} className={inputClass}>
              {CLOUD_GPUS.map((gpu) => <option key={gpu.id} value={gpu.id}>{gpu.name}</option>)}
            </select>
          </div>
        </div>
      )}
      {foreign.map((from) => (
        <NumberField key={from} label={`1 ${from} in ${currency}`} value={form.rates[from] ?? ""} disabled={disabled} error={errors[`rate.${from}`]}
          hint={`Prices in ${from} are converted with this rate; nothing is converted without it.`}
          onChange={(rate) => onChange({ rates: { ...form.rates, [from]: rate } })} testId={`rate-${from}`} />
      ))}
    </fieldset>
  );
}
