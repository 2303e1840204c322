export { estimatePower } from "./estimate-power";
export { PSU_HEADROOM_PCT, STANDARD_PSU_SIZES_W, recommendPsuW, withHeadroomW } from "./psu-size";
export { unitDrawW } from "./allowances";
export type { PowerEstimate, PowerLine } from "./types";
