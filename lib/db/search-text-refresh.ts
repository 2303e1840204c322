import { SEARCH_TEXT_VERSION, searchTextFor } from "../parts/search-text";
import type { Db } from "./client";
import { analyzeParts } from "./catalog-import";
import { updatePartRows } from "./part-bulk-sql";
import { rowToPart, partToRow } from "./part-mapper";

const KEY = "search-text-version";
const BATCH = 1000;

/**
 * Rewrites Part.searchText of every part whose stored terms differ from what the current
 * tokenizer makes, once per SEARCH_TEXT_VERSION (a stored flag), so imported parts, which no seed
 * refreshes, are found by new terms too. The full-text indexes follow through their triggers/expression.
 */
export async function refreshSearchText(db: Db): Promise<number> {
  const done = await db.appSetting.findUnique({ where: { key: KEY } });
  if (done?.value === SEARCH_TEXT_VERSION) return 0;
  let changed = 0;
  let after = "";
  for (;;) {
    const rows = await db.part.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const updates = rows.flatMap((row) => {
      const text = searchTextFor(rowToPart(row));
      return text === row.searchText ? [] : [{ id: row.id, row: { ...partToRow(rowToPart(row)), searchText: text } }];
    });
    await updatePartRows(db, updates, ["searchText"]);
    changed += updates.length;
  }
  if (changed > 0) await analyzeParts(db);
  await db.appSetting.upsert({ where: { key: KEY }, create: { key: KEY, value: SEARCH_TEXT_VERSION }, update: { value: SEARCH_TEXT_VERSION } });
  return changed;
}
