import type { Part } from "../parts/types";
import type { Db } from "./client";
import { rowToPart } from "./part-mapper";

/** A cheap fingerprint of the catalog: changes whenever a part is added, removed or updated. */
/**
 * Changes whenever the catalog does: the counter that database triggers bump on every write to
 * Part (migration 20261201120000_cache_revision). One primary-key read, where counting 30,000
 * rows and finding their newest update took 13 ms every 2 s on each server.
 */
export async function catalogFingerprint(db: Db): Promise<string> {
  const row = await db.cacheRevision.findUnique({ where: { scope: "catalog" } });
  if (!row) throw new Error("CacheRevision has no 'catalog' row: migration 20261201120000_cache_revision is missing");
  return `rev:${row.revision}`;
}

export async function loadAllParts(db: Db): Promise<Part[]> {
  const rows = await db.part.findMany({ orderBy: { id: "asc" } });
  return rows.map(rowToPart);
}
