import type { PowerEstimate } from "./types";

export type PowerBudget =
  | { kind: "short"; shortW: number }
  | { kind: "below-recommended" | "ok"; headroomPct: number };

/** How the chosen PSU stands against the estimate; null when there is no PSU wattage or no load. */
export function powerBudget(power: PowerEstimate): PowerBudget | null {
  if (power.psuW === null || power.estimatedW === 0) return null;
  if (power.psuW < power.estimatedW) return { kind: "short", shortW: power.estimatedW - power.psuW };
  const headroomPct = Math.round(((power.psuW - power.estimatedW) / power.estimatedW) * 100);
  return { kind: power.psuW < power.recommendedPsuW ? "below-recommended" : "ok", headroomPct };
}
