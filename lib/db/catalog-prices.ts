import type { Db } from "./client";

export interface PriceUpdate {
  externalId: string;
  priceCents: number | null;
  currency: string;
}

export interface PriceUpdateResult {
  updated: number;
  unchanged: number;
  /** externalIds no catalog part carries. */
  unknown: string[];
}

const BATCH = 500;

/**
 * Sets prices of parts already in the catalog, found by externalId (a shop's price list keyed by
 * OpenDB ids, say). Every part with that externalId gets the price, whatever its source.
 */
export async function applyPriceUpdates(db: Db, updates: readonly PriceUpdate[]): Promise<PriceUpdateResult> {
  // A later row for the same externalId wins, as in a spreadsheet read top to bottom.
  const byExternalId = new Map(updates.map((u) => [u.externalId, u]));
  const ids = [...byExternalId.keys()];
  const result: PriceUpdateResult = { updated: 0, unchanged: 0, unknown: [] };
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    const rows = await db.part.findMany({
      where: { externalId: { in: chunk } },
      select: { id: true, externalId: true, priceCents: true, currency: true },
    });
    const found = new Set(rows.map((r) => r.externalId));
    result.unknown.push(...chunk.filter((id) => !found.has(id)));
    const changed = rows.filter((row) => {
      const update = byExternalId.get(row.externalId ?? "");
      return update && (update.priceCents !== row.priceCents || update.currency !== row.currency);
    });
    result.unchanged += rows.length - changed.length;
    result.updated += changed.length;
    await db.$transaction(
      changed.map((row) => {
        const { priceCents, currency } = byExternalId.get(row.externalId ?? "")!;
        return db.part.update({ where: { id: row.id }, data: { priceCents, currency } });
      }),
    );
  }
  return result;
}
