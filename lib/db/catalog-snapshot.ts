import type { Part } from "../parts/types";
import type { Db } from "./client";
import { rowToPart } from "./part-mapper";

/** A cheap fingerprint of the catalog: changes whenever a part is added, removed or updated. */
export async function catalogFingerprint(db: Db): Promise<string> {
  const agg = await db.part.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${agg._count._all}:${agg._max.updatedAt?.toISOString() ?? "-"}`;
}

export async function loadAllParts(db: Db): Promise<Part[]> {
  const rows = await db.part.findMany({ orderBy: { id: "asc" } });
  return rows.map(rowToPart);
}
