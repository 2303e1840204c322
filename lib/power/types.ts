export interface PowerLine {
  label: string;
  watts: number;
  itemIds: string[];
}

export interface PowerEstimate {
  /** Sum of the breakdown: sustained load of the parts whose draw is known, in watts. */
  estimatedW: number;
  /** GPU board power and CPU package power inside estimatedW (for transients and power limits). */
  gpuW: number;
  cpuW: number;
  /**
   * Smallest standard PSU size for the chosen PSU's class: ATX 3.x when every chosen PSU is one,
   * otherwise (or with no PSU yet) the pre-ATX 3.0 rule with 25 % headroom. 0 when nothing draws.
   */
  recommendedPsuW: number;
  /** The same for an ATX 3.x unit, whatever is chosen, so the UI can offer both. */
  recommendedAtx3PsuW: number;
  /** Whether every chosen PSU is ATX 3.x; null without a PSU. */
  atx3: boolean | null;
  /** Total wattage of the chosen PSU(s); null when there is none or its wattage is unknown. */
  psuW: number | null;
  breakdown: PowerLine[];
  /** Names of parts left out of the estimate because their draw is unknown (CPU power, GPU board power). */
  unknown: string[];
}
