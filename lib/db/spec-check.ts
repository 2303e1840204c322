import { boundSpecs, type DroppedSpec } from "../parts/bound-specs";
import { isCategory } from "../parts/categories";
import type { Db } from "./client";

/** One stored row whose specs hold values outside today's bounds. */
export interface SpecProblem {
  kind: "part" | "build-item";
  /** Part id, or the build id for a custom line. */
  id: string;
  /** "GPU Foo" or "line 3: My custom GPU". */
  label: string;
  dropped: DroppedSpec[];
}

export interface SpecCheckResult {
  partsChecked: number;
  itemsChecked: number;
  problems: SpecProblem[];
  fixed: number;
}

// Rows are read in pages by id, so memory stays flat whatever the database holds.
const PAGE = 500;

function parse(text: string | null): unknown {
  try {
    return JSON.parse(text ?? "{}");
  } catch {
    return null;
  }
}

/**
 * Finds stored specs (catalog parts, custom build lines) that break the bounds of
 * lib/parts/specs.ts. With `fix`, rewrites exactly those rows with the offending values removed:
 * nothing else changes (not the build's version, not the part's other fields).
 */
export async function checkStoredSpecs(db: Db, { fix = false } = {}): Promise<SpecCheckResult> {
  const result: SpecCheckResult = { partsChecked: 0, itemsChecked: 0, problems: [], fixed: 0 };
  for (let after = ""; ; ) {
    const rows = await db.part.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: PAGE, select: { id: true, category: true, brand: true, model: true, specs: true } });
    if (rows.length === 0) break;
    for (const row of rows) {
      result.partsChecked += 1;
      const category = isCategory(row.category) ? row.category : "other";
      const { specs, dropped } = boundSpecs(category, parse(row.specs));
      if (dropped.length === 0) continue;
      result.problems.push({ kind: "part", id: row.id, label: `${row.brand} ${row.model}`, dropped });
      if (fix) {
        await db.part.update({ where: { id: row.id }, data: { specs: JSON.stringify(specs) } });
        result.fixed += 1;
      }
    }
    after = rows[rows.length - 1]!.id;
  }
  for (let after = ""; ; ) {
    const rows = await db.buildItem.findMany({
      where: { id: { gt: after }, customSpecs: { not: null } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, buildId: true, position: true, customName: true, customCategory: true, customSpecs: true },
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      result.itemsChecked += 1;
      const category = row.customCategory && isCategory(row.customCategory) ? row.customCategory : "other";
      const { specs, dropped } = boundSpecs(category, parse(row.customSpecs));
      if (dropped.length === 0) continue;
      result.problems.push({ kind: "build-item", id: row.buildId, label: `line ${row.position + 1}: ${row.customName ?? "custom part"}`, dropped });
      if (fix) {
        await db.buildItem.update({ where: { id: row.id }, data: { customSpecs: JSON.stringify(specs) } });
        result.fixed += 1;
      }
    }
    after = rows[rows.length - 1]!.id;
  }
  return result;
}
