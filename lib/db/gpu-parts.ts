import type { PartOf } from "../parts/types";
import type { Db } from "./client";
import { rowToPart } from "./part-mapper";

/** The planner's bound on cards it weighs; the cheapest priced ones are kept. */
export const MAX_PLANNER_GPUS = 500;

/**
 * Priced GPUs in `currency`, cheapest first, at most MAX_PLANNER_GPUS. The planner needs memory and
 * bandwidth too; parts without them are dropped by the caller after parsing specs.
 */
export async function listPricedGpus(db: Db, currency: string): Promise<PartOf<"gpu">[]> {
  const rows = await db.part.findMany({
    where: { category: "gpu", currency, priceCents: { not: null, gt: 0 } },
    orderBy: [{ priceCents: "asc" }, { id: "asc" }],
    take: MAX_PLANNER_GPUS,
  });
  return rows.map(rowToPart).filter((part): part is PartOf<"gpu"> => part.category === "gpu");
}
