import type { Currency } from "../builds/currencies";
import { convertMinor, type MissingRate, type Rates } from "./convert";

/** 365.2425 days / 7: calendar weeks in an average Gregorian year. */
export const WEEKS_PER_YEAR = 52.1775;
export const WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12;
export const HOURS_PER_WEEK_MAX = 168;

export interface OwnershipInput {
  /** What the box cost, in the build's currency; every result is in this currency. */
  purchaseCents: number;
  currency: Currency;
  /** Hours of training on the box per week. */
  hoursPerWeek: number;
  /** The box's draw at the wall while training (DC estimate / PSU efficiency). */
  loadW: number;
  /** The box's draw at the wall while on but idle, and those hours per week (0: switched off). */
  idleW: number;
  idleHoursPerWeek: number;
  electricity: { milliCentsPerKwh: number; currency: Currency };
  /** What the box sells for after `afterYears`; in the build's currency. */
  resale: { cents: number; afterYears: number } | null;
  cloud: { milliCentsPerHour: number; currency: Currency };
  /** Cloud GPU-hours that one hour on the box is worth. */
  k: number;
  rates: Rates;
}

export type BreakEven =
  | { kind: "hours"; hours: number; months: number; atSale: boolean }
  | { kind: "never"; reason: "no-usage" | "cloud-cheaper" | "after-sale" };

export interface OwnershipRates {
  /** Electricity per hour on the box, thousandths of a minor unit (kept unrounded for the curves). */
  ownMilliCentsPerHour: number;
  /** What the same hour of work costs in the cloud: k x the hourly price, converted. */
  cloudMilliCentsPerHour: number;
  /** Box-hours until the sale; null without a resale value. */
  saleHours: number | null;
}

export type OwnershipResult =
  | { ok: true; currency: Currency; rates: OwnershipRates; breakEven: BreakEven }
  | { ok: false; error: "rate-needed"; missing: MissingRate[] };

/** Converts the per-hour prices into the build's currency, or names the rates that are missing. */
export function hourlyRates(input: OwnershipInput): OwnershipRates | MissingRate[] {
  const kwh = convertMinor(input.electricity.milliCentsPerKwh, input.electricity.currency, input.currency, input.rates);
  const cloud = convertMinor(input.cloud.milliCentsPerHour, input.cloud.currency, input.currency, input.rates);
  const missing: MissingRate[] = [];
  if (kwh === null) missing.push({ from: input.electricity.currency, to: input.currency });
  if (cloud === null && input.cloud.currency !== input.electricity.currency) missing.push({ from: input.cloud.currency, to: input.currency });
  if (kwh === null || cloud === null) return missing;
  // Idle hours cost electricity too; they are charged per training hour so the curves stay per hour of work.
  const idleShare = input.hoursPerWeek > 0 ? (input.idleW * input.idleHoursPerWeek) / input.hoursPerWeek : 0;
  return {
    ownMilliCentsPerHour: ((input.loadW + idleShare) / 1000) * kwh,
    cloudMilliCentsPerHour: input.k * cloud,
    saleHours: input.resale ? input.resale.afterYears * WEEKS_PER_YEAR * input.hoursPerWeek : null,
  };
}

/**
 * First moment the cloud bill for the same work reaches the box's cumulative cost: purchase plus
 * electricity, less the resale value once the box is sold. Past the sale there is no box, so a
 * break-even that would come later is "never" ("after-sale").
 */
export function breakEven(input: OwnershipInput, rates: OwnershipRates): BreakEven {
  if (input.hoursPerWeek <= 0) return { kind: "never", reason: "no-usage" };
  const purchase = input.purchaseCents * 1000;
  const margin = rates.cloudMilliCentsPerHour - rates.ownMilliCentsPerHour;
  const sale = rates.saleHours ?? Infinity;
  if (margin > 0 && purchase / margin <= sale) return atHours(purchase / margin, input.hoursPerWeek, false);
  if (input.resale && margin * sale >= purchase - input.resale.cents * 1000) return atHours(sale, input.hoursPerWeek, true);
  return { kind: "never", reason: margin > 0 ? "after-sale" : "cloud-cheaper" };
}

// Rounded up: the box has paid for itself only once the whole hour (or tenth of a month) is done.
// The epsilon keeps float noise (36.000000001 months) from adding a step.
const EPS = 1e-9;
function atHours(hours: number, hoursPerWeek: number, atSale: boolean): BreakEven {
  const months = hours / (hoursPerWeek * WEEKS_PER_MONTH);
  // Math.max also turns the -0 that ceil(-EPS) gives into 0, which would print as "-0".
  return { kind: "hours", hours: Math.max(0, Math.ceil(hours - EPS)), months: Math.max(0, Math.ceil(months * 10 - EPS) / 10), atSale };
}

export function compareOwnVsRent(input: OwnershipInput): OwnershipResult {
  const rates = hourlyRates(input);
  if (Array.isArray(rates)) return { ok: false, error: "rate-needed", missing: rates };
  return { ok: true, currency: input.currency, rates, breakEven: breakEven(input, rates) };
}

export interface SpotBreakEven {
  /** Break-even against the cloud at the smallest and largest published spot discount. */
  atSmallestDiscount: BreakEven;
  atLargestDiscount: BreakEven;
}

/** The same comparison against spot capacity, at both ends of a published discount range. */
export function spotBreakEven(input: OwnershipInput, discountPct: readonly [number, number]): SpotBreakEven | null {
  const at = (pct: number): BreakEven | null => {
    const scaled = { ...input, cloud: { ...input.cloud, milliCentsPerHour: input.cloud.milliCentsPerHour * (1 - pct / 100) } };
    const rates = hourlyRates(scaled);
    return Array.isArray(rates) ? null : breakEven(scaled, rates);
  };
  const [lo, hi] = [at(discountPct[0]), at(discountPct[1])];
  return lo && hi ? { atSmallestDiscount: lo, atLargestDiscount: hi } : null;
}
