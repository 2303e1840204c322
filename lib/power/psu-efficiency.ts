import type { PsuSpecs } from "../parts/specs";

export type MainsVoltage = 115 | 230;
type Rating = NonNullable<PsuSpecs["efficiency"]>;

/**
 * Minimum efficiency of each 80 PLUS level at 20 %, 50 % and 100 % load, for internal
 * non-redundant supplies (CLEAResult 80 PLUS program: "115V Internal" and "230V EU Internal"
 * tables). Titanium also sets a 10 % point, not used here. A certified unit meets at least these,
 * so the wall draw computed from them is an upper bound.
 */
const EFFICIENCY: Record<MainsVoltage, Record<Rating, readonly [number, number, number]>> = {
  115: {
    "80+": [0.8, 0.8, 0.8],
    "80+ Bronze": [0.82, 0.85, 0.82],
    "80+ Silver": [0.85, 0.88, 0.85],
    "80+ Gold": [0.87, 0.9, 0.87],
    "80+ Platinum": [0.9, 0.92, 0.89],
    "80+ Titanium": [0.92, 0.94, 0.9],
  },
  230: {
    "80+": [0.82, 0.85, 0.82],
    "80+ Bronze": [0.85, 0.88, 0.85],
    "80+ Silver": [0.87, 0.9, 0.87],
    "80+ Gold": [0.9, 0.92, 0.89],
    "80+ Platinum": [0.92, 0.94, 0.9],
    "80+ Titanium": [0.94, 0.96, 0.94],
  },
};

/** Without a rating, the base 80 PLUS level: the cautious reading. */
export const UNKNOWN_EFFICIENCY = 0.8;

/**
 * Efficiency at a load fraction, linear between the 20/50/100 % points and flat outside them
 * (below 20 % real units fall off; the idle estimate says so).
 */
export function psuEfficiency(rating: Rating | undefined, loadFraction: number, voltage: MainsVoltage): number {
  if (rating === undefined) return UNKNOWN_EFFICIENCY;
  const [e20, e50, e100] = EFFICIENCY[voltage][rating];
  if (!(loadFraction > 0.2)) return e20;
  if (loadFraction <= 0.5) return e20 + ((e50 - e20) * (loadFraction - 0.2)) / 0.3;
  if (loadFraction < 1) return e50 + ((e100 - e50) * (loadFraction - 0.5)) / 0.5;
  return e100;
}
