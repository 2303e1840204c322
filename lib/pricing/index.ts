export { computeCost } from "./compute-cost";
export { formatMoney, minorDigits } from "./format-money";
export { honestTotal, unpricedLabel, type HonestTotal } from "./honest-total";
export { taxCents } from "./tax";
export type { CategoryCost, CostLine, CostSummary } from "./types";
