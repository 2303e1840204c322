import { WEIGHT_FORMAT_NAMES } from "@/lib/workloads/types";
import type { PlanFormValues } from "@/lib/workloads/plan-query";

const field = "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";
const TASKS = [["inference", "Inference only"], ["qlora", "Also QLoRA fine-tuning"], ["lora", "Also LoRA fine-tuning"], ["full", "Also full fine-tuning"]] as const;

function Field({ id, label, errors, children }: { id: string; label: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div className="space-y-1 text-sm">
      <label htmlFor={id} className="block font-medium">{label}</label>
      {children}
      {errors ? <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** A plain GET form: it works without JavaScript and the URL can be shared. */
export function PlanForm({ values, errors, models }: { values: PlanFormValues; errors: Record<string, string[]>; models: { id: string; name: string }[] }) {
  const describedBy = (key: string) => (errors[key] ? `${key}-error` : undefined);
  return (
    <form method="get" action="/plan-for-model" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Planner goal" data-testid="plan-form">
      <Field id="modelId" label="Model" errors={errors.modelId}>
        <select id="modelId" name="modelId" defaultValue={values.modelId} className={field} aria-describedby={describedBy("modelId")}>
          {models.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </Field>
      <Field id="format" label="Format" errors={errors.format}>
        <select id="format" name="format" defaultValue={values.format} className={field} aria-describedby={describedBy("format")}>
          {WEIGHT_FORMAT_NAMES.map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </Field>
      <Field id="contextTokens" label="Context (tokens)" errors={errors.contextTokens}>
        <input id="contextTokens" name="contextTokens" inputMode="numeric" defaultValue={values.contextTokens} className={field} aria-describedby={describedBy("contextTokens")} />
      </Field>
      <Field id="minDecodeTokensPerSecond" label="At least (tokens/s)" errors={errors.minDecodeTokensPerSecond}>
        <input id="minDecodeTokensPerSecond" name="minDecodeTokensPerSecond" inputMode="decimal" defaultValue={values.minDecodeTokensPerSecond} className={field} aria-describedby={describedBy("minDecodeTokensPerSecond")} />
      </Field>
      <Field id="task" label="Task" errors={errors.task}>
        <select id="task" name="task" defaultValue={values.task} className={field}>
          {TASKS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </Field>
      <Field id="maxGpus" label="Up to (GPUs)" errors={errors.maxGpus}>
        <select id="maxGpus" name="maxGpus" defaultValue={values.maxGpus} className={field} aria-describedby={describedBy("maxGpus")}>
          {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </Field>
      <Field id="budget" label="GPU budget (USD, optional)" errors={errors.budget}>
        <input id="budget" name="budget" inputMode="numeric" defaultValue={values.budget} placeholder="No limit" className={field} aria-describedby={describedBy("budget")} />
      </Field>
      <div className="flex items-end">
        <button type="submit" className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">Find builds</button>
      </div>
    </form>
  );
}
