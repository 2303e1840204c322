/** taxMilliPct is thousandths of a percent, so the rate is taxMilliPct / 100 000. */
const MILLI_PCT_DENOMINATOR = 100_000;

/**
 * Tax in minor units, rounded half up: round(taxable x taxMilliPct / 100 000). Exact integer
 * arithmetic; BigInt only when the product could pass 2^53.
 */
export function taxCents(taxableCents: number, taxMilliPct: number): number {
  if (taxableCents <= 0 || taxMilliPct <= 0) return 0;
  const product = taxableCents * taxMilliPct;
  if (Number.isSafeInteger(product)) {
    return Math.floor((product + MILLI_PCT_DENOMINATOR / 2) / MILLI_PCT_DENOMINATOR);
  }
  const big = (BigInt(taxableCents) * BigInt(taxMilliPct) + BigInt(MILLI_PCT_DENOMINATOR / 2)) / BigInt(MILLI_PCT_DENOMINATOR);
  return Number(big);
}
