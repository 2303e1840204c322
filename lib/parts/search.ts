import type { Category, PartSource } from "./categories";
import { FILTERS, KEY_SPEC, type FilterDef } from "./filters";
import type { PartSortKey } from "./query";
import { byName, preferred, relevance } from "./search-rank";
import { queryWords, type PartTerms } from "./search-terms";
import { termsOfPart } from "./search-text";
import type { Part } from "./types";
import { groupVariants, variantKey } from "./variants";

/** A part with its search terms and variant key computed once, so a query does no per-part string building. */
export interface IndexedPart {
  part: Part;
  terms: PartTerms;
  variantKey: string;
}

export function indexPart(part: Part): IndexedPart {
  return { part, terms: termsOfPart(part), variantKey: variantKey(part) };
}

export interface SearchOptions {
  category?: Category;
  q?: string;
  filters?: Record<string, string>;
  sort: PartSortKey;
  page: number;
  pageSize: number;
  source?: PartSource;
  /** Only parts with a known price. */
  pricedOnly?: boolean;
  /**
   * An expensive extra predicate ("compatible with this build" in the picker). It runs after
   * ranking and grouping, only until the page is full, on at most `budget` results and for at
   * most `budgetMs` milliseconds, so its cost per request is bounded whatever the catalog or the
   * build; the total is then an upper bound (totalExact false). `from` continues an earlier scan
   * where its `checkedThrough` ended (the page then counts from there), so a long catalog can be
   * checked a budget at a time.
   */
  accept?: { test: (part: Part) => boolean; budget: number; budgetMs: number; from?: number };
}

/** Another colour or packaging of a result, listed under it. */
export interface VariantRef {
  id: string;
  brand: string;
  model: string;
  priceCents: number | null;
  currency: string;
  priceObservedAt: string | null;
  partNumbers: string[];
}

export type SearchItem = Part & { variants: VariantRef[] };

export interface SearchResult {
  items: SearchItem[];
  /** Results (variant groups), not parts. */
  total: number;
  /** False when `total` counts results the accept predicate had no budget left to check. */
  totalExact?: boolean;
  /** With an accept predicate: results (in order) checked so far, where a continued scan starts. */
  checkedThrough?: number;
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

// Unknown values sort last whatever the direction.
const nullsLast = (x: number | null | undefined, y: number | null | undefined, dir: 1 | -1) =>
  x == null ? (y == null ? 0 : 1) : y == null ? -1 : (x - y) * dir;

function comparator(sort: PartSortKey, category: Category | undefined): (a: Part, b: Part) => number {
  const keySpec = category ? KEY_SPEC[category] : undefined;
  switch (sort) {
    case "price-asc":
      return (a, b) => nullsLast(a.priceCents, b.priceCents, 1) || byName(a, b);
    case "price-desc":
      return (a, b) => nullsLast(a.priceCents, b.priceCents, -1) || byName(a, b);
    case "newest":
      return (a, b) => nullsLast(a.releaseYear, b.releaseYear, -1) || preferred(a, b) || byName(a, b);
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

const variantRef = ({ part }: IndexedPart): VariantRef => ({
  id: part.id, brand: part.brand, model: part.model, priceCents: part.priceCents, currency: part.currency,
  priceObservedAt: part.priceObservedAt ?? null, partNumbers: part.partNumbers ?? [],
});

/**
 * Filters, ranks, groups colour/packaging variants and pages. `pool` is what to search: the
 * whole index, or the parts the database's full-text index matched for `q` (the service's path);
 * either way every query word must match a part's terms here too.
 */
export function searchParts(pool: readonly IndexedPart[], options: SearchOptions): SearchResult {
  const query = queryWords(options.q);
  const defs = options.category ? FILTERS[options.category] : [];
  const predicates = defs.flatMap((def) => {
    const raw = options.filters?.[def.key];
    const predicate = raw === undefined ? null : filterPredicate(def, raw);
    return predicate ? [predicate] : [];
  });
  const scored: Array<{ entry: IndexedPart; score: number }> = [];
  for (const entry of pool) {
    const { part } = entry;
    if (options.category && part.category !== options.category) continue;
    if (options.source && part.source !== options.source) continue;
    if (options.pricedOnly && part.priceCents === null) continue;
    const score = query.length > 0 ? relevance(entry.terms, query) : 0;
    if (score === null) continue;
    if (!predicates.every((p) => p(part.specs as Specs))) continue;
    scored.push({ entry, score });
  }
  const sort = options.sort === "relevance" && query.length === 0 ? "name" : options.sort;
  const order = comparator(sort, options.category);
  scored.sort(sort === "relevance"
    ? (a, b) => b.score - a.score || preferred(a.entry.part, b.entry.part) || byName(a.entry.part, b.entry.part)
    : (a, b) => order(a.entry.part, b.entry.part));
  const groups = groupVariants(scored.map((s) => s.entry), (e) => e.variantKey);
  const start = (options.page - 1) * options.pageSize;
  const page = { page: options.page, pageSize: options.pageSize };
  const toItem = ({ head, variants }: (typeof groups)[number]) => ({ ...head.part, variants: variants.map(variantRef) });
  if (!options.accept) return { items: groups.slice(start, start + options.pageSize).map(toItem), total: groups.length, totalExact: true, ...page };
  const { kept, total, totalExact, checkedThrough } = acceptLazily(groups, (g) => options.accept!.test(g.head.part), options.accept, start + options.pageSize);
  return { items: kept.slice(start).map(toItem), total, totalExact, checkedThrough, ...page };
}

/**
 * Runs the predicate in order from `from` until `wanted` pass or the budget is spent. Variants of
 * a group share their specs, so the group's head stands for all of them. `total` counts from
 * `from` on: the kept results plus those left unchecked.
 */
export function acceptLazily<T>(sorted: readonly T[], test: (item: T) => boolean, budget: { budget: number; budgetMs: number; from?: number }, wanted: number) {
  const kept: T[] = [];
  const first = Math.min(budget.from ?? 0, sorted.length);
  const last = Math.min(sorted.length, first + budget.budget);
  let next = first;
  const deadline = performance.now() + budget.budgetMs;
  // At least one check per call, so a continued scan always moves on, however slow the checks.
  while (next < last && kept.length < wanted && (next === first || performance.now() < deadline)) {
    const item = sorted[next]!;
    next += 1;
    if (test(item)) kept.push(item);
  }
  const rest = sorted.length - next;
  return { kept, total: kept.length + rest, totalExact: rest === 0, checkedThrough: next };
}
