import type { ResolvedBuild } from "../builds/types";
import { drawBasis, unitDrawW } from "./allowances";
import { recommendPsuW } from "./psu-size";
import type { PowerEstimate, PowerLine } from "./types";

/**
 * Sustained load: CPU TDP + GPU board power x count + allowances for board, memory, drives and
 * fans. Lines keep item order so the UI can show them beside the parts list.
 */
export function estimatePower(build: ResolvedBuild): PowerEstimate {
  const breakdown: PowerLine[] = [];
  const unknown: string[] = [];
  let estimatedW = 0;
  let psuW: number | null = null;
  let psuUnknown = false;

  for (const item of build.items) {
    const qty = Number.isInteger(item.quantity) && item.quantity > 0 ? item.quantity : 0;
    if (qty === 0) continue;
    const part = item.part;
    if (part.category === "psu") {
      if (part.specs.wattage === undefined) psuUnknown = true;
      else psuW = (psuW ?? 0) + part.specs.wattage * qty;
      continue;
    }
    const unitW = unitDrawW(part);
    if (unitW === null) {
      if (!unknown.includes(part.name)) unknown.push(part.name);
      continue;
    }
    // Whole watts, rounded up per line, so the lines add up exactly to the estimate.
    const watts = Math.ceil(unitW * qty);
    if (watts === 0) continue;
    const unit = Number.isInteger(unitW) ? unitW : Number(unitW.toFixed(1));
    const each = qty > 1 ? `${qty} x ${unit} W` : `${unit} W`;
    breakdown.push({ label: `${part.name} (${each} ${drawBasis(part)})`, watts, itemIds: [item.id] });
    estimatedW += watts;
  }

  return {
    estimatedW,
    recommendedPsuW: recommendPsuW(estimatedW),
    psuW: psuUnknown ? null : psuW,
    breakdown,
    unknown,
  };
}
