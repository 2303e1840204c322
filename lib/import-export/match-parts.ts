import type { Category, PartSource } from "../parts/categories";
import { nameTokens } from "./name-tokens";
import { splitTrailingPartNumber } from "../parts/part-number";

export interface CatalogEntry {
  id: string;
  category: Category;
  brand: string;
  model: string;
  /** Curated ("builtin") parts win ties against imported ones. */
  source?: PartSource;
}

export interface MatchCandidate {
  partId: string;
  confidence: number;
}

export interface PartMatch {
  /** Accepted catalog part, or null: keep the item as a custom part. */
  partId: string | null;
  /** Score of the accepted part, or of the best rejected candidate (0 when none). */
  confidence: number;
  /** Best-scoring parts of the same category, best first, for the user to pick from. */
  candidates?: MatchCandidate[];
}

/** Scores at or above this are accepted automatically; see docs/import-export.md. */
export const MATCH_THRESHOLD = 0.7;
/**
 * Scores this close count as a tie, which a curated part wins over an imported one: shops and
 * OpenDB name the same card slightly differently ("GeForce GTX 1080 Ti 11GB GDDR5X Black"), and the
 * curated entry carries checked specs and a reference price.
 */
export const TIE_MARGIN = 0.05;
const MAX_CANDIDATES = 3;
// Tokens shared by more than this share of a category ("gold", "atx") are too common to
// retrieve candidates by; they still count in the score.
const COMMON_SHARE = 0.05;
const COMMON_MIN = 50;
// A capacity or wattage that differs ("1000gb" vs "2000gb", "750w" vs "850w") means another
// product of the same line; each such clash multiplies the score by this factor.
const UNIT_CLASH_FACTOR = 0.75;
const UNIT_TOKEN = /^\d+(?:\.\d+)?(gb|w|mm)$/;
// Likewise when each name has a model-number token the other lacks ("7700k" vs "7700",
// "2021" vs "2018"): one factor for the whole clash, however many tokens differ.
const MODEL_CLASH_FACTOR = 0.75;
const isModelToken = (token: string) => /\d/.test(token) && !UNIT_TOKEN.test(token);

interface Indexed {
  entry: CatalogEntry;
  tokens: Set<string>;
  units: Map<string, Set<string>>;
  modelTokens: string[];
  weight: number;
}

function unitTokens(tokens: Iterable<string>): Map<string, Set<string>> {
  const units = new Map<string, Set<string>>();
  for (const token of tokens) {
    const unit = UNIT_TOKEN.exec(token)?.[1];
    if (unit) units.set(unit, (units.get(unit) ?? new Set()).add(token));
  }
  return units;
}

function unitClashes(query: Map<string, Set<string>>, candidate: Map<string, Set<string>>): number {
  let clashes = 0;
  for (const [unit, values] of query) {
    const other = candidate.get(unit);
    if (other && ![...values].some((v) => other.has(v))) clashes += 1;
  }
  return clashes;
}

interface CategoryIndex {
  entries: Indexed[];
  curated: Set<string>;
  postings: Map<string, number[]>;
  idf: (token: string) => number;
  commonDf: number;
}

/**
 * Pre-indexes a catalog by category and token: O(total catalog tokens) to build, then each
 * lookup costs the postings of its rarer tokens plus one set intersection per candidate,
 * independent of catalog size for typical names. Score = mean of the IDF-weighted coverage of
 * the catalog name by the imported name and the IDF-weighted Dice overlap of the two.
 */
export function createPartMatcher(catalog: readonly CatalogEntry[]) {
  const byCategory = new Map<Category, CategoryIndex>();
  const grouped = new Map<Category, CatalogEntry[]>();
  for (const entry of catalog) {
    const list = grouped.get(entry.category);
    if (list) list.push(entry);
    else grouped.set(entry.category, [entry]);
  }
  for (const [category, entries] of grouped) byCategory.set(category, indexCategory(entries));

  return function match(item: { name: string; category: Category }, threshold = MATCH_THRESHOLD): PartMatch {
    const index = byCategory.get(item.category);
    const query = nameTokens(item.name);
    if (!index || query.length === 0) return { partId: null, confidence: 0 };
    const rare = query.filter((t) => (index.postings.get(t)?.length ?? 0) <= index.commonDf);
    const seeds = rare.some((t) => index.postings.has(t)) ? rare : query;
    const candidateIds = new Set<number>();
    for (const token of seeds) for (const id of index.postings.get(token) ?? []) candidateIds.add(id);
    const queryWeight = query.reduce((sum, t) => sum + index.idf(t), 0);
    const queryUnits = unitTokens(query);
    const querySet = new Set(query);
    const queryModels = query.filter(isModelToken);
    const scored: MatchCandidate[] = [];
    for (const id of candidateIds) {
      const candidate = index.entries[id];
      if (!candidate) continue;
      let shared = 0;
      for (const token of query) if (candidate.tokens.has(token)) shared += index.idf(token);
      const coverage = shared / candidate.weight;
      const dice = (2 * shared) / (queryWeight + candidate.weight);
      const modelClash =
        queryModels.some((t) => !candidate.tokens.has(t)) && candidate.modelTokens.some((t) => !querySet.has(t));
      const penalty = UNIT_CLASH_FACTOR ** unitClashes(queryUnits, candidate.units) * (modelClash ? MODEL_CLASH_FACTOR : 1);
      const score = ((coverage + dice) / 2) * penalty;
      scored.push({ partId: candidate.entry.id, confidence: Math.round(score * 1000) / 1000 });
    }
    scored.sort((a, b) => b.confidence - a.confidence || curatedRank(index, b.partId) - curatedRank(index, a.partId));
    // Within TIE_MARGIN of the best score the curated part wins the tie (and is listed first).
    const top = scored[0];
    const curated = top ? scored.find((c) => c.confidence >= top.confidence - TIE_MARGIN && index.curated.has(c.partId)) : undefined;
    if (curated && curated !== top) {
      scored.splice(scored.indexOf(curated), 1);
      scored.unshift(curated);
    }
    const candidates = scored.slice(0, MAX_CANDIDATES);
    const best = candidates[0];
    if (!best) return { partId: null, confidence: 0 };
    return { partId: best.confidence >= threshold ? best.partId : null, confidence: best.confidence, candidates };
  };
}

const curatedRank = (index: CategoryIndex, partId: string) => (index.curated.has(partId) ? 1 : 0);

function indexCategory(entries: CatalogEntry[]): CategoryIndex {
  const postings = new Map<string, number[]>();
  const tokenSets = entries.map((entry, id) => {
    // A part number in parentheses at the end of a curated name ("960 EVO 500GB (MZ-V6E500BW)"):
    // shop listings rarely repeat it, so it would only count against the match.
    const tokens = new Set(nameTokens(`${entry.brand} ${splitTrailingPartNumber(entry.model)?.name ?? entry.model}`));
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
    return tokens;
  });
  const n = entries.length;
  // Unseen tokens weigh like the rarest: they are evidence the names differ.
  const weights = new Map<string, number>();
  for (const [token, list] of postings) weights.set(token, Math.log(1 + n / list.length));
  const unseen = Math.log(1 + n);
  const idf = (token: string) => weights.get(token) ?? unseen;
  const indexed = entries.map((entry, id): Indexed => {
    const tokens = tokenSets[id] ?? new Set<string>();
    let weight = 0;
    for (const token of tokens) weight += idf(token);
    return { entry, tokens, units: unitTokens(tokens), modelTokens: [...tokens].filter(isModelToken), weight: weight || 1 };
  });
  const curated = new Set(entries.filter((e) => e.source === "builtin").map((e) => e.id));
  return { entries: indexed, curated, postings, idf, commonDf: Math.max(COMMON_MIN, Math.floor(n * COMMON_SHARE)) };
}

/** Matches each imported item against the catalog parts of its own category. */
export function matchParts(
  items: ReadonlyArray<{ name: string; category: Category }>,
  catalog: readonly CatalogEntry[],
  threshold = MATCH_THRESHOLD,
): PartMatch[] {
  const match = createPartMatcher(catalog);
  return items.map((item) => match(item, threshold));
}
