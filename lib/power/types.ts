export interface PowerLine {
  label: string;
  watts: number;
  itemIds: string[];
}

export interface PowerEstimate {
  /** Sum of the breakdown: sustained load of the parts whose draw is known, in watts. */
  estimatedW: number;
  /** Smallest standard PSU size with the headroom rule applied; 0 when nothing draws power. */
  recommendedPsuW: number;
  /** Total wattage of the chosen PSU(s); null when there is none or its wattage is unknown. */
  psuW: number | null;
  breakdown: PowerLine[];
  /** Names of parts left out of the estimate because their draw is unknown (CPU TDP, GPU board power). */
  unknown: string[];
}
