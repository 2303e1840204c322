import { formatMoney } from "./format-money";
import type { CostSummary } from "./types";

export interface HonestTotal {
  /** The sum of the priced lines (with shipping and tax), formatted. */
  amount: string;
  /** True while some part has no price: the real total is higher. */
  atLeast: boolean;
  unpricedParts: number;
  /** "$1,688.76", or "at least $1,688.76, 5 parts unpriced". */
  text: string;
}

export const unpricedLabel = (n: number) => `${n} part${n === 1 ? "" : "s"} unpriced`;

/** A total that never passes for complete while a part has no price. */
export function honestTotal(cost: Pick<CostSummary, "totalCents" | "currency" | "unknownPriceCount" | "unpricedPartCount">): HonestTotal {
  const amount = formatMoney(cost.totalCents, cost.currency);
  // A line of quantity 0 is still a line without a price.
  const unpricedParts = cost.unknownPriceCount > 0 ? Math.max(cost.unpricedPartCount, cost.unknownPriceCount) : 0;
  const atLeast = unpricedParts > 0;
  return { amount, atLeast, unpricedParts, text: atLeast ? `at least ${amount}, ${unpricedLabel(unpricedParts)}` : amount };
}
