/**
 * Headroom over the estimated sustained load for GPU transient spikes, which exceed rated board
 * power: facts file section 4 says keep at least 20-25 %; we take the upper end.
 */
export const PSU_HEADROOM_PCT = 25;

/** Common retail ATX PSU sizes. */
export const STANDARD_PSU_SIZES_W = [450, 550, 650, 750, 850, 1000, 1200, 1300, 1600, 2000] as const;

/** Beyond the largest single PSU, round up to this step (dual PSUs or a server supply). */
const LARGE_STEP_W = 100;

export function withHeadroomW(estimatedW: number): number {
  return Math.ceil((estimatedW * (100 + PSU_HEADROOM_PCT)) / 100);
}

export function recommendPsuW(estimatedW: number): number {
  if (estimatedW <= 0) return 0;
  const needed = withHeadroomW(estimatedW);
  for (const size of STANDARD_PSU_SIZES_W) if (size >= needed) return size;
  return Math.ceil(needed / LARGE_STEP_W) * LARGE_STEP_W;
}
