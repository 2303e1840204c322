import type { Currency } from "../builds/currencies";
import type { BoxGpu, GpuFigures } from "./performance";

/** What the server knows about a build for the build-or-rent panel (plain data, serialisable). */
export interface OwnershipSetup {
  currency: Currency;
  /** The build's total; items without a price are left out (and counted). */
  purchaseCents: number;
  unknownPriceCount: number;
  /** The lines without a price: no break-even until each is priced or marked already owned. */
  unpricedItems: Array<{ itemId: string; name: string; quantity: number }>;
  /** The DC power estimate while training (GPU board power + CPU package power + allowances). */
  estimatedLoadW: number;
  /** Wall draw while training and while idle: DC / the PSU's 80 PLUS efficiency at that load. */
  trainingWallW: number;
  idleWallW: number;
  /** How the wall figures were reached, for the panel's hints. */
  wallBasis: string;
  gpus: BoxGpu[];
  /** The latest benchmark run's per-GPU figures, when the build has one that measured GPUs. */
  measured: { figures: GpuFigures[]; runAt: string } | null;
  defaultPresetId: string;
}

/** spec: tensor basis (Volta on) and FP32 before; fp32: FP32 everywhere, shown for comparison. */
export const K_MODES = ["spec", "fp32", "measured", "own"] as const;
export type KMode = (typeof K_MODES)[number];

export const CUSTOM_CLOUD = "custom";

/** The panel's inputs as typed (strings), so half-typed values never turn into numbers by accident. */
export interface OwnershipForm {
  hoursPerWeek: string;
  kwhPrice: string;
  kwhCurrency: Currency;
  loadW: string;
  idleW: string;
  idleHoursPerWeek: string;
  resale: string;
  resaleYears: string;
  /** A preset id or CUSTOM_CLOUD. */
  cloud: string;
  customPrice: string;
  customCurrency: Currency;
  customGpuId: string;
  kMode: KMode;
  ownK: string;
  /** Typed conversion rates into the build's currency, by source currency. */
  rates: Partial<Record<Currency, string>>;
}
