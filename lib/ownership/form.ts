import type { Currency } from "../builds/currencies";
import { minorDigits } from "../pricing/format-money";
import { cloudGpu, isCloudGpuId, type CloudGpu } from "./cloud-gpus";
import { cloudPreset, type CloudPreset } from "./cloud-presets";
import { HOURS_PER_WEEK_MAX, type OwnershipInput } from "./cost-model";
import type { Rates } from "./convert";
import { DEFAULT_CUSTOM_GPU, DEFAULT_HOURS_PER_WEEK, DEFAULT_IDLE_HOURS_PER_WEEK, DEFAULT_RESALE_YEARS, EXAMPLE_KWH_PRICE } from "./defaults";
import { kFromMeasured } from "./measured-k";
import { estimateK } from "./performance";
import { parseNumber, toScaledInt } from "./parse-number";
import { CUSTOM_CLOUD, type OwnershipForm, type OwnershipSetup } from "./setup";

export type FormField = "hoursPerWeek" | "kwhPrice" | "loadW" | "idleW" | "idleHoursPerWeek" | "resale" | "resaleYears" | "customPrice" | "k" | `rate.${Currency}`;

export interface ParsedForm {
  input: OwnershipInput | null;
  errors: Partial<Record<FormField, string>>;
  preset: CloudPreset | null;
  gpu: CloudGpu;
  /** k on the tensor basis (Volta on; FP32 before) and on FP32 alone, shown side by side. */
  specK: number | null;
  fp32K: number | null;
  measuredK: number | null;
}

export function defaultForm(setup: OwnershipSetup): OwnershipForm {
  const cloud = cloudGpu(cloudPreset(setup.defaultPresetId)?.gpuId ?? DEFAULT_CUSTOM_GPU);
  const specK = estimateK(setup.gpus, cloud, "tensor").k;
  const fp32K = estimateK(setup.gpus, cloud, "fp32").k;
  const startK = specK ?? fp32K;
  return {
    hoursPerWeek: String(DEFAULT_HOURS_PER_WEEK), kwhPrice: EXAMPLE_KWH_PRICE[setup.currency], kwhCurrency: setup.currency,
    loadW: String(setup.trainingWallW), idleW: String(setup.idleWallW), idleHoursPerWeek: String(DEFAULT_IDLE_HOURS_PER_WEEK), resale: "", resaleYears: String(DEFAULT_RESALE_YEARS),
    cloud: setup.defaultPresetId, customPrice: "1.00", customCurrency: "USD", customGpuId: DEFAULT_CUSTOM_GPU,
    kMode: setup.measured ? "measured" : specK !== null ? "spec" : fp32K !== null ? "fp32" : "own", ownK: startK === null ? "1" : startK.toFixed(2), rates: {},
  };
}

/** Thousandths of the minor unit, so sub-cent prices ($1.006/h, €0.2875/kWh) stay exact. */
function milliMinor(text: string, currency: Currency, max: number): number | null {
  const value = parseNumber(text, { min: 0, max, decimals: minorDigits(currency) + 3 });
  return value === null ? null : toScaledInt(value, minorDigits(currency) + 3);
}

function minor(text: string, currency: Currency): number | null {
  const value = parseNumber(text, { min: 0, max: 1e8, decimals: minorDigits(currency) });
  return value === null ? null : toScaledInt(value, minorDigits(currency));
}

export function parseForm(form: OwnershipForm, setup: OwnershipSetup): ParsedForm {
  const errors: ParsedForm["errors"] = {};
  const need = <T>(field: FormField, value: T | null, message: string): T | null => {
    if (value === null) errors[field] = message;
    return value;
  };
  const preset = form.cloud === CUSTOM_CLOUD ? null : cloudPreset(form.cloud) ?? null;
  const gpu = cloudGpu(preset?.gpuId ?? (isCloudGpuId(form.customGpuId) ? form.customGpuId : DEFAULT_CUSTOM_GPU));
  const specK = estimateK(setup.gpus, gpu, "tensor").k;
  const fp32K = estimateK(setup.gpus, gpu, "fp32").k;
  const measuredK = setup.measured ? kFromMeasured(setup.measured.figures, gpu) : null;

  const hoursPerWeek = need("hoursPerWeek", parseNumber(form.hoursPerWeek, { min: 0, max: HOURS_PER_WEEK_MAX, decimals: 1 }), `Enter 0-${HOURS_PER_WEEK_MAX} hours`);
  const kwh = need("kwhPrice", milliMinor(form.kwhPrice, form.kwhCurrency, 1000), "Enter a price per kWh, e.g. 0.25");
  const loadW = need("loadW", parseNumber(form.loadW, { min: 0, max: 100_000, decimals: 0 }), "Enter whole watts");
  const idleW = need("idleW", parseNumber(form.idleW, { min: 0, max: 100_000, decimals: 0 }), "Enter whole watts");
  const idleMax = Math.max(0, HOURS_PER_WEEK_MAX - (hoursPerWeek ?? 0));
  const idleHoursPerWeek = need("idleHoursPerWeek", parseNumber(form.idleHoursPerWeek, { min: 0, max: idleMax, decimals: 1 }), `Enter 0-${idleMax} hours (a week has ${HOURS_PER_WEEK_MAX})`);
  const hasResale = form.resale.trim() !== "";
  const resaleCents = hasResale ? need("resale", minor(form.resale, setup.currency), "Enter an amount, or leave it empty") : null;
  const years = hasResale ? need("resaleYears", parseNumber(form.resaleYears, { min: 1, max: 10, decimals: 0 }), "Enter 1-10 years") : null;
  const cloudPrice = preset
    ? { milliCentsPerHour: preset.milliCentsPerHour, currency: preset.currency }
    : { milliCentsPerHour: need("customPrice", milliMinor(form.customPrice, form.customCurrency, 1e6), "Enter a price per GPU-hour"), currency: form.customCurrency };
  const kByMode = { spec: specK, fp32: fp32K, measured: measuredK, own: parseNumber(form.ownK, { min: 0.01, max: 1000, decimals: 3 }) };
  const k = need("k", kByMode[form.kMode], form.kMode === "own" ? "Enter a factor between 0.01 and 1000" : "Not available for this build: type your own");
  const rates = parseRates(form, setup.currency, errors);

  const ok = Object.keys(errors).length === 0;
  const input: OwnershipInput | null = ok ? {
    purchaseCents: setup.purchaseCents, currency: setup.currency, hoursPerWeek: hoursPerWeek!, loadW: loadW!, idleW: idleW!, idleHoursPerWeek: idleHoursPerWeek!,
    electricity: { milliCentsPerKwh: kwh!, currency: form.kwhCurrency },
    resale: resaleCents !== null && years !== null ? { cents: resaleCents, afterYears: years } : null,
    cloud: { milliCentsPerHour: cloudPrice.milliCentsPerHour!, currency: cloudPrice.currency }, k: k!, rates,
  } : null;
  return { input, errors, preset, gpu, specK, fp32K, measuredK };
}

function parseRates(form: OwnershipForm, to: Currency, errors: ParsedForm["errors"]): Rates {
  const rates: Rates = {};
  for (const [from, text] of Object.entries(form.rates) as [Currency, string][]) {
    if (from === to || text.trim() === "") continue;
    const rate = parseNumber(text, { min: 1e-6, max: 1e6, decimals: 6 });
    if (rate === null) errors[`rate.${from}`] = "Enter a positive rate";
    else rates[from] = rate;
  }
  return rates;
}
