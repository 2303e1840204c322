/**
 * Headroom over the estimated sustained load for GPU transient spikes, which exceed rated board
 * power: facts file section 4 says keep at least 20-25 %; we take the upper end for a PSU built
 * before ATX 3.0, which no standard requires to ride through a spike.
 */
export const PSU_HEADROOM_PCT = 25;
/**
 * An ATX 3.x unit above 450 W with a 12VHPWR/12V-2x6 plug is specified to carry 200 % of its
 * rating for 100 us, 180 % for 1 ms, 160 % for 10 ms and 120 % for 100 ms (Intel ATX 3.0 PSU
 * Design Guide, doc 336521, Table 3-3), so spikes need no headroom over the sustained load.
 * The transient check below confirms it with a measured spike profile.
 */
export const ATX3_HEADROOM_PCT = 0;
export const ATX3_EXCURSIONS = [
  { label: "100 us", psuShare: 2.0, gpuSpike: 1.57 },
  { label: "1 ms", psuShare: 1.8, gpuSpike: 1.43 },
  { label: "10 ms", psuShare: 1.6, gpuSpike: 1.28 },
] as const;
// gpuSpike: Igor's Lab on an RTX 5090 Founders Edition (575 W): 901.1 W under 1 ms, 823.6 W for
// 1-5 ms, 738.2 W for 5-10 ms (as reported by slashgear.com and others, 2025), divided by 575 W.

/** Common retail ATX PSU sizes. */
export const STANDARD_PSU_SIZES_W = [450, 550, 650, 750, 850, 1000, 1200, 1300, 1600, 2000] as const;
/** Beyond the largest single PSU, round up to this step (dual PSUs or a server supply). */
const LARGE_STEP_W = 100;

export function withHeadroomW(estimatedW: number, headroomPct = PSU_HEADROOM_PCT): number {
  return Math.ceil((estimatedW * (100 + headroomPct)) / 100);
}

/** Smallest rating whose excursion allowances cover GPU spikes on top of the rest of the load. */
export function atx3TransientW(estimatedW: number, gpuW: number): number {
  let needed = estimatedW;
  for (const e of ATX3_EXCURSIONS) needed = Math.max(needed, Math.ceil((estimatedW + gpuW * (e.gpuSpike - 1)) / e.psuShare));
  return needed;
}

function roundUpToSize(needed: number): number {
  for (const size of STANDARD_PSU_SIZES_W) if (size >= needed) return size;
  return Math.ceil(needed / LARGE_STEP_W) * LARGE_STEP_W;
}

/** Legacy (pre-ATX 3.0) sizing: the estimate plus 25 %, rounded up to a standard size. */
export function recommendPsuW(estimatedW: number): number {
  if (estimatedW <= 0) return 0;
  return roundUpToSize(withHeadroomW(estimatedW));
}

/** ATX 3.x sizing: the sustained load, or what the spike profile needs, rounded up. */
export function recommendAtx3PsuW(estimatedW: number, gpuW: number): number {
  if (estimatedW <= 0) return 0;
  return roundUpToSize(atx3TransientW(estimatedW, gpuW));
}

/** "3.0", "3.1", "ATX 3.1" -> true; "2.52", "2.4" or unknown -> false. */
export function isAtx3(version: string | undefined): boolean {
  return version !== undefined && /^(atx\s*)?3(\.\d+)?$/i.test(version.trim());
}
