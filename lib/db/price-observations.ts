import { randomUUID } from "node:crypto";
import { newestObservation, type PriceObservation, type PriceSource } from "../prices";
import type { Db } from "./client";

const BATCH = 500;
/** A part page shows at most this many observations (newest first). */
export const MAX_HISTORY = 1000;

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

const keyOf = (o: Pick<PriceObservation, "partId" | "retailer" | "observedAt">) => `${o.partId}\u0000${o.retailer}\u0000${o.observedAt}`;

type Row = { id: string; partId: string; retailer: string; url: string | null; priceCents: number; currency: string; observedAt: Date; source: string };

function toObservation(row: Omit<Row, "id">): PriceObservation {
  return { partId: row.partId, retailer: row.retailer, url: row.url, priceCents: row.priceCents, currency: row.currency, observedAt: row.observedAt.toISOString(), source: row.source as PriceSource };
}

/**
 * Stores observations, one per (part, retailer, instant): a row seen again is left alone, a
 * changed price or URL is updated, so importing the same price list twice writes nothing.
 */
export async function upsertObservations(db: Db, observations: readonly PriceObservation[]): Promise<UpsertResult> {
  const wanted = new Map(observations.map((o) => [keyOf(o), o]));
  const partIds = [...new Set(observations.map((o) => o.partId))];
  const stored = new Map<string, Row>();
  for (let i = 0; i < partIds.length; i += BATCH) {
    const rows = await db.priceObservation.findMany({ where: { partId: { in: partIds.slice(i, i + BATCH) } } });
    for (const row of rows) stored.set(keyOf({ ...row, observedAt: row.observedAt.toISOString() }), row);
  }
  const inserts: PriceObservation[] = [];
  const updates: Array<{ id: string; o: PriceObservation }> = [];
  for (const [key, o] of wanted) {
    const row = stored.get(key);
    if (!row) inserts.push(o);
    else if (row.priceCents !== o.priceCents || row.currency !== o.currency || row.url !== o.url || row.source !== o.source) updates.push({ id: row.id, o });
  }
  for (let i = 0; i < inserts.length; i += BATCH) {
    await db.priceObservation.createMany({
      data: inserts.slice(i, i + BATCH).map((o) => ({ id: randomUUID(), ...o, observedAt: new Date(o.observedAt) })),
    });
  }
  for (let i = 0; i < updates.length; i += BATCH) {
    await db.$transaction(updates.slice(i, i + BATCH).map(({ id, o }) =>
      db.priceObservation.update({ where: { id }, data: { priceCents: o.priceCents, currency: o.currency, url: o.url, source: o.source } })));
  }
  return { inserted: inserts.length, updated: updates.length, unchanged: wanted.size - inserts.length - updates.length };
}

/**
 * Copies each part's newest observation into Part.priceCents/currency/priceObservedAt, which is
 * what the builder, totals and every other reader use. Parts without observations keep theirs.
 */
export async function refreshCurrentPrices(db: Db, partIds: readonly string[]): Promise<number> {
  const unique = [...new Set(partIds)];
  let changed = 0;
  for (let i = 0; i < unique.length; i += BATCH) {
    const chunk = unique.slice(i, i + BATCH);
    const [observations, parts] = await Promise.all([
      db.priceObservation.findMany({ where: { partId: { in: chunk } }, select: { partId: true, retailer: true, priceCents: true, currency: true, observedAt: true } }),
      db.part.findMany({ where: { id: { in: chunk } }, select: { id: true, priceCents: true, currency: true, priceObservedAt: true } }),
    ]);
    const byPart = new Map<string, Array<{ retailer: string; priceCents: number; currency: string; observedAt: string }>>();
    for (const o of observations) byPart.set(o.partId, [...(byPart.get(o.partId) ?? []), { ...o, observedAt: o.observedAt.toISOString() }]);
    const writes = parts.flatMap((part) => {
      const newest = newestObservation(byPart.get(part.id) ?? []);
      if (!newest) return [];
      const same = part.priceCents === newest.priceCents && part.currency === newest.currency && part.priceObservedAt?.toISOString() === newest.observedAt;
      return same ? [] : [db.part.update({ where: { id: part.id }, data: { priceCents: newest.priceCents, currency: newest.currency, priceObservedAt: new Date(newest.observedAt) } })];
    });
    if (writes.length > 0) await db.$transaction(writes);
    changed += writes.length;
  }
  return changed;
}

/** A part's observations, newest first. */
export async function listPriceObservations(db: Db, partId: string): Promise<PriceObservation[]> {
  const rows = await db.priceObservation.findMany({ where: { partId }, orderBy: [{ observedAt: "desc" }, { retailer: "asc" }], take: MAX_HISTORY });
  return rows.map(toObservation);
}
