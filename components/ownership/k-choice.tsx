import type { CloudGpu, FormField, KMode, OwnershipSetup } from "@/lib/ownership";
import type { OwnershipForm } from "@/lib/ownership/setup";
import { inputClass } from "./field";
import { fieldsetClass, legendClass } from "./usage-inputs";

type Props = {
  form: OwnershipForm; setup: OwnershipSetup; gpu: CloudGpu; specK: number | null; fp32K: number | null; measuredK: number | null;
  errors: Partial<Record<FormField, string>>; onChange: (patch: Partial<OwnershipForm>) => void; disabled: boolean;
};

const times = (k: number | null) => (k === null ? "unknown" : `${k.toFixed(2)}×`);

/** k: how many cloud GPU-hours one hour on this box is worth, from specs, a benchmark or the user. */
export function KChoice({ form, setup, gpu, specK, fp32K, measuredK, errors, onChange, disabled }: Props) {
  const unknown = setup.gpus.filter((g) => g.fp32Tflops === null || g.bandwidthGBps === null).map((g) => g.name);
  const noTensor = setup.gpus.filter((g) => g.fp16TensorTflops === null && !["Kepler", "Maxwell", "Pascal"].includes(g.architecture ?? "")).map((g) => g.name);
  const radio = (mode: KMode, label: string, enabled: boolean) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name="k-mode" value={mode} checked={form.kMode === mode} disabled={disabled || !enabled}
        onChange={() => onChange({ kMode: mode })} className="h-4 w-4 accent-brand-700" />
      {label}
    </label>
  );
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Speed factor k</legend>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">One hour on this box does the work of k hours on one {gpu.name}.</p>
      {radio("spec", `From specs, BF16/FP16 tensor: ${times(specK)}`, specK !== null)}
      {radio("fp32", `From specs, FP32 only: ${times(fp32K)}`, fp32K !== null)}
      {setup.measured ? radio("measured", `From your benchmark run of ${setup.measured.runAt.slice(0, 10)}: ${times(measuredK)}`, measuredK !== null) : null}
      <div className="flex flex-wrap items-center gap-2">
        {radio("own", "My own measurement:", true)}
        <input type="text" inputMode="decimal" aria-label="My own k" value={form.ownK} disabled={disabled || form.kMode !== "own"}
          aria-invalid={errors.k && form.kMode === "own" ? true : undefined} onChange={(e) => onChange({ ownK: e.target.value })} className={`${inputClass} w-20`} />
      </div>
      {errors.k ? <p className="text-xs text-red-700 dark:text-red-400">{errors.k}</p> : null}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Specs: the geometric mean of the compute and memory-bandwidth ratios, summed over the box&apos;s GPUs. Tensor: dense BF16/FP16
        with FP32 accumulation for Volta and newer (GeForce at half its quoted rate), FP32 for older cards; mixed-precision training uses the tensor cores.
        {unknown.length > 0 ? ` Left out (figures unknown): ${unknown.join(", ")}.` : ""}
        {noTensor.length > 0 ? ` No tensor figure for: ${noTensor.join(", ")}.` : ""}
      </p>
    </fieldset>
  );
}
