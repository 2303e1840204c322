import type { PsuSpecs } from "../parts/specs";
import { psuEfficiency, type MainsVoltage } from "./psu-efficiency";

export interface PsuUnit {
  specs: PsuSpecs;
  qty: number;
}

export interface WallDraw {
  /** DC load the PSU(s) deliver. */
  dcW: number;
  /** Efficiency used: the 80 PLUS minimum at the load fraction, the lowest over the PSUs. */
  efficiency: number;
  /** False when a PSU's 80 PLUS level is unknown and the base 80 % was assumed. */
  ratingKnown: boolean;
  /** Whole watts drawn from the outlet, rounded up. */
  wallW: number;
}

/**
 * AC draw at the outlet for a DC load: DC / efficiency. Several PSUs share the load in
 * proportion to their wattage, so each runs at the same fraction of its rating; the lowest
 * efficiency among them is used, an upper bound on the draw.
 */
export function wallDraw(dcW: number, psus: readonly PsuUnit[], mains: MainsVoltage): WallDraw {
  let totalW = 0;
  let ratingKnown = true;
  for (const p of psus) {
    if (p.specs.wattage === undefined) totalW = NaN;
    else totalW += p.specs.wattage * p.qty;
    if (p.specs.efficiency === undefined) ratingKnown = false;
  }
  // Unknown total wattage: take the full-load point, where efficiency is lowest past 50 %.
  const fraction = Number.isFinite(totalW) && totalW > 0 ? dcW / totalW : 1;
  let efficiency = 1;
  for (const p of psus) efficiency = Math.min(efficiency, psuEfficiency(p.specs.efficiency, fraction, mains));
  if (psus.length === 0) efficiency = psuEfficiency(undefined, fraction, mains);
  return { dcW, efficiency, ratingKnown: ratingKnown && psus.length > 0, wallW: Math.ceil(dcW / efficiency) };
}
