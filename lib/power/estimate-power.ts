import type { ResolvedBuild } from "../builds/types";
import { drawBasis, unitDrawW } from "./allowances";
import { isAtx3, recommendAtx3PsuW, recommendPsuW } from "./psu-size";
import type { PowerEstimate, PowerLine } from "./types";

/**
 * Sustained load: CPU package power (PPT/PL2, docs/compatibility.md) + GPU board power x count +
 * allowances for board, memory, drives and fans. Lines keep item order so the UI can show them
 * beside the parts list.
 */
export function estimatePower(build: ResolvedBuild): PowerEstimate {
  const breakdown: PowerLine[] = [];
  const unknown: string[] = [];
  let estimatedW = 0;
  let gpuW = 0;
  let cpuW = 0;
  let psuW: number | null = null;
  let psuUnknown = false;
  let atx3: boolean | null = null;
  for (const item of build.items) {
    const qty = Number.isInteger(item.quantity) && item.quantity > 0 ? item.quantity : 0;
    if (qty === 0) continue;
    const part = item.part;
    if (part.category === "psu") {
      if (part.specs.wattage === undefined) psuUnknown = true;
      else psuW = (psuW ?? 0) + part.specs.wattage * qty;
      atx3 = (atx3 ?? true) && isAtx3(part.specs.atxVersion);
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
    if (part.category === "gpu") gpuW += watts;
    if (part.category === "cpu") cpuW += watts;
    const unit = Number.isInteger(unitW) ? unitW : Number(unitW.toFixed(1));
    const each = qty > 1 ? `${qty} x ${unit} W` : `${unit} W`;
    breakdown.push({ label: `${part.name} (${each} ${drawBasis(part)})`, watts, itemIds: [item.id] });
    estimatedW += watts;
  }
  const recommendedAtx3PsuW = recommendAtx3PsuW(estimatedW, gpuW);
  return {
    estimatedW,
    gpuW,
    cpuW,
    recommendedPsuW: atx3 ? recommendedAtx3PsuW : recommendPsuW(estimatedW),
    recommendedAtx3PsuW,
    atx3,
    psuW: psuUnknown ? null : psuW,
    breakdown,
    unknown,
  };
}
