import type { Category } from "./categories";
import { FILTERS, KEY_SPEC, type FilterDef } from "./filters";
import type { PartSortKey } from "./query";
import { queryTokens } from "./search-text";
import type { Part } from "./types";

/** A part with its search text computed once, so a query does no per-part string building. */
export interface IndexedPart {
  part: Part;
  text: string;
}

export interface SearchOptions {
  category?: Category;
  q?: string;
  filters?: Record<string, string>;
  sort: PartSortKey;
  page: number;
  pageSize: number;
  /**
   * An expensive extra predicate ("compatible with this build" in the picker). It runs after
   * sorting, only until the page is full, on at most `budget` parts and for at most `budgetMs`
   * milliseconds, so its cost per request is bounded whatever the catalog or the build; the
   * total is then an upper bound (totalExact false).
   */
  accept?: { test: (part: Part) => boolean; budget: number; budgetMs: number };
}

export interface SearchResult {
  items: Part[];
  total: number;
  /** False when `total` counts parts the accept predicate had no budget left to check. */
  totalExact?: boolean;
  page: number;
  pageSize: number;
}

type Specs = Record<string, unknown>;

function filterPredicate(def: FilterDef, raw: string): ((specs: Specs) => boolean) | null {
  if (def.kind === "enum") {
    return (specs) => {
      const v = def.get(specs);
      return Array.isArray(v) ? v.includes(raw) : v === raw;
    };
  }
  const bound = Number(raw);
  if (!Number.isFinite(bound)) return null;
  // A part whose value is unknown cannot be shown to satisfy a numeric filter.
  return def.kind === "min"
    ? (specs) => (def.get(specs) ?? Number.NEGATIVE_INFINITY) >= bound
    : (specs) => (def.get(specs) ?? Number.POSITIVE_INFINITY) <= bound;
}

function comparator(sort: PartSortKey, category: Category | undefined): (a: Part, b: Part) => number {
  // Plain code-unit comparison: localeCompare is ~10x slower and sorts run over the whole catalog.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const byName = (a: Part, b: Part) => cmp(a.brand, b.brand) || cmp(a.model, b.model) || cmp(a.id, b.id);
  // Unknown values sort last whatever the direction.
  const nullsLast = (x: number | null | undefined, y: number | null | undefined, dir: 1 | -1) =>
    x == null ? (y == null ? 0 : 1) : y == null ? -1 : (x - y) * dir;
  const keySpec = category ? KEY_SPEC[category] : undefined;
  switch (sort) {
    case "price-asc":
      return (a, b) => nullsLast(a.priceCents, b.priceCents, 1) || byName(a, b);
    case "price-desc":
      return (a, b) => nullsLast(a.priceCents, b.priceCents, -1) || byName(a, b);
    case "newest":
      return (a, b) => nullsLast(a.releaseYear, b.releaseYear, -1) || byName(a, b);
    case "spec-asc":
    case "spec-desc": {
      if (!keySpec) return byName;
      const dir = sort === "spec-asc" ? 1 : -1;
      return (a, b) => nullsLast(keySpec.get(a.specs as Specs), keySpec.get(b.specs as Specs), dir) || byName(a, b);
    }
    default:
      return byName;
  }
}

export function searchParts(index: readonly IndexedPart[], options: SearchOptions): SearchResult {
  const tokens = queryTokens(options.q);
  const defs = options.category ? FILTERS[options.category] : [];
  const predicates = defs.flatMap((def) => {
    const raw = options.filters?.[def.key];
    const predicate = raw === undefined ? null : filterPredicate(def, raw);
    return predicate ? [predicate] : [];
  });
  const matches: Part[] = [];
  for (const { part, text } of index) {
    if (options.category && part.category !== options.category) continue;
    if (!tokens.every((t) => text.includes(t))) continue;
    if (!predicates.every((p) => p(part.specs as Specs))) continue;
    matches.push(part);
  }
  matches.sort(comparator(options.sort, options.category));
  const start = (options.page - 1) * options.pageSize;
  const page = { page: options.page, pageSize: options.pageSize };
  if (!options.accept) return { items: matches.slice(start, start + options.pageSize), total: matches.length, totalExact: true, ...page };
  return { ...acceptLazily(matches, options.accept, start, options.pageSize), ...page };
}

/** Runs the predicate in sort order until the page is full or the budget is spent. */
function acceptLazily(sorted: readonly Part[], accept: NonNullable<SearchOptions["accept"]>, start: number, pageSize: number) {
  const items: Part[] = [];
  let accepted = 0;
  let checked = 0;
  const deadline = performance.now() + accept.budgetMs;
  while (checked < sorted.length && checked < accept.budget && accepted < start + pageSize && performance.now() < deadline) {
    const part = sorted[checked]!;
    checked += 1;
    if (!accept.test(part)) continue;
    if (accepted >= start) items.push(part);
    accepted += 1;
  }
  const rest = sorted.length - checked;
  return { items, total: accepted + rest, totalExact: rest === 0 };
}
