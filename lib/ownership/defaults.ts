import type { Currency } from "../builds/currencies";
import { cloudGpu, type CloudGpuId } from "./cloud-gpus";
import { CLOUD_PRESETS, EXAMPLE_ERA_PRESET_ID } from "./cloud-presets";
import { estimateK, type BoxGpu } from "./performance";

export const DEFAULT_HOURS_PER_WEEK = 20;
export const DEFAULT_RESALE_YEARS = 3;
/** Off when not training, until the user says it idles (a box left on idles 168 - h hours a week). */
export const DEFAULT_IDLE_HOURS_PER_WEEK = 0;

/**
 * A starting point for the electricity price, marked unverified in the UI: rough household
 * tariffs, not sourced facts. Users replace it with their own.
 */
export const EXAMPLE_KWH_PRICE: Record<Currency, string> = {
  USD: "0.17", EUR: "0.28", GBP: "0.25", CAD: "0.14", AUD: "0.30", JPY: "31", CHF: "0.29", SEK: "1.8", INR: "8",
};

const PRE_2018 = new Set(["Kepler", "Maxwell", "Pascal"]);

/**
 * A box from the K80 era is weighed against the 2017 offer it competed with; a newer one against
 * today's offer whose GPU is closest in speed (k nearest 1), the like-for-like comparison.
 */
export function defaultPresetId(gpus: readonly BoxGpu[]): string {
  const archs = gpus.map((gpu) => gpu.architecture);
  if (archs.length > 0 && archs.every((arch) => arch !== null && PRE_2018.has(arch))) return EXAMPLE_ERA_PRESET_ID;
  const current = CLOUD_PRESETS.filter((preset) => preset.asOf !== "2017");
  let best = current[0]!;
  let bestDistance = Infinity;
  for (const preset of current) {
    const { k } = estimateK(gpus, cloudGpu(preset.gpuId));
    const distance = k === null ? Infinity : Math.abs(Math.log(k));
    if (distance < bestDistance) [best, bestDistance] = [preset, distance];
  }
  return best.id;
}

/** A typed-in price starts on an A100 80GB, a GPU several of the presets' providers rent. */
export const DEFAULT_CUSTOM_GPU: CloudGpuId = "a100-80gb";
