import { CATEGORIES, type Category } from "../parts/categories";
import type { DroppedSpec } from "../parts/bound-specs";
import type { SpecsByCategory } from "../parts/specs";
import type { ResolvedBuild } from "../builds/types";

/** One build line as the rules see it: a part, its specs and how many of it. */
export interface Entry<C extends Category = Category> {
  id: string;
  name: string;
  qty: number;
  specs: SpecsByCategory[C];
  /** Stored spec values outside their bounds, already left out of `specs`. */
  ignoredSpecs?: DroppedSpec[];
}

export type EntriesByCategory = { [C in Category]: Entry<C>[] };

/** Totals several rules need; `unknown` lists the entries whose data was missing. */
export interface Total {
  value: number;
  unknown: Entry[];
}

/**
 * Everything the rules read, computed in one pass so no rule re-scans the items.
 * Entries are sorted by item id so findings do not depend on the order items were added.
 */
export interface BuildIndex {
  parts: EntriesByCategory;
  cpuCount: number;
  gpuCount: number;
  memoryModules: Total;
  memoryGb: Total;
  vramGb: Total;
}

function emptyParts(): EntriesByCategory {
  const parts = {} as Record<Category, Entry[]>;
  for (const category of CATEGORIES) parts[category] = [];
  return parts as EntriesByCategory;
}

function byId(a: Entry, b: Entry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function countOf(entries: readonly Entry[]): number {
  let n = 0;
  for (const e of entries) n += e.qty;
  return n;
}

export function indexBuild(build: ResolvedBuild): BuildIndex {
  const parts = emptyParts();
  for (const item of build.items) {
    // A non-positive or non-integer quantity is bad input, not a part: it counts as none.
    const qty = Number.isInteger(item.quantity) && item.quantity > 0 ? item.quantity : 0;
    if (qty === 0) continue;
    const list = parts[item.part.category] as Entry[];
    const entry: Entry = { id: item.id, name: item.part.name, qty, specs: item.part.specs };
    if (item.part.ignoredSpecs) entry.ignoredSpecs = item.part.ignoredSpecs;
    list.push(entry);
  }
  for (const category of CATEGORIES) if (parts[category].length > 1) parts[category].sort(byId);

  const memoryModules: Total = { value: 0, unknown: [] };
  const memoryGb: Total = { value: 0, unknown: [] };
  for (const kit of parts.memory) {
    const { modules, moduleGb } = kit.specs;
    if (modules === undefined) memoryModules.unknown.push(kit);
    else memoryModules.value += modules * kit.qty;
    if (modules === undefined || moduleGb === undefined) memoryGb.unknown.push(kit);
    else memoryGb.value += modules * moduleGb * kit.qty;
  }
  const vramGb: Total = { value: 0, unknown: [] };
  for (const gpu of parts.gpu) {
    if (gpu.specs.vramGb === undefined) vramGb.unknown.push(gpu);
    else vramGb.value += gpu.specs.vramGb * gpu.qty;
  }
  return {
    parts,
    cpuCount: countOf(parts.cpu),
    gpuCount: countOf(parts.gpu),
    memoryModules,
    memoryGb,
    vramGb,
  };
}
