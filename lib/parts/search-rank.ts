import { DERIVED_FACTOR, segments, type PartTerms, type QueryWord } from "./search-terms";
import type { Part } from "./types";

/** What each word that names the product (model number, chipset word) left unmatched costs. */
export const IDENTITY_PENALTY = 1;
/** For a query of several words found in the name in that order, side by side ("Define C", not "Define 7 ... Type-C"). */
export const PHRASE_BONUS = 3;

function weightOf(terms: PartTerms, term: string): number {
  const i = terms.terms.indexOf(term);
  return i < 0 ? 0 : terms.weights[i]!;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** Whether a query word accounts for an identity word: equal, one of its segments, or glued to a neighbour at a letter/digit seam. */
function covers(query: string, word: string): boolean {
  if (query === word) return true;
  if (query.length < word.length) return segments(word).includes(query);
  if (query.startsWith(word) && isDigit(query[word.length - 1]) !== isDigit(query[word.length])) return true;
  const cut = query.length - word.length;
  return query.endsWith(word) && isDigit(query[cut - 1]) !== isDigit(query[cut]);
}

/** The weight one query word earns on a part: the whole word, else all its segments; 0 when it does not match. */
function wordWeight(terms: PartTerms, query: QueryWord): number {
  const whole = weightOf(terms, query.word);
  if (whole > 0 || query.segments.length === 0) return whole;
  let sum = 0;
  for (const segment of query.segments) {
    const w = weightOf(terms, segment);
    if (w === 0) return 0;
    sum += w;
  }
  return (sum / query.segments.length) * DERIVED_FACTOR;
}

/**
 * Relevance of a part for a query, or null when some query word does not match it. The sum of
 * the words' weights (model number 10, chipset 6, series 4, brand 3, spec 1), less a point for each
 * model-number or chipset word of the part the query did not ask for, so "1080" puts the GTX 1080
 * above the GTX 1080 Ti and a name padded with "11GB GDDR5X" below a clean one; plus a bonus
 * when the query's words stand side by side in the name.
 */
export function relevance(terms: PartTerms, query: readonly QueryWord[]): number | null {
  let score = 0;
  for (const word of query) {
    const w = wordWeight(terms, word);
    if (w === 0) return null;
    score += w;
  }
  let unmatched = 0;
  for (const word of terms.identity) if (!query.some((q) => covers(q.word, word))) unmatched += 1;
  const phrase = query.length > 1 && terms.phrase.includes(` ${query.map((q) => q.word).join(" ")} `);
  return Math.round((score - IDENTITY_PENALTY * unmatched + (phrase ? PHRASE_BONUS : 0)) * 1000) / 1000;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Ties at equal relevance (and every other sort's last resort before the name): curated parts,
 * then priced ones, then newer ones.
 */
export function preferred(a: Part, b: Part): number {
  const curated = Number(b.source === "builtin") - Number(a.source === "builtin");
  if (curated !== 0) return curated;
  const priced = Number(b.priceCents !== null) - Number(a.priceCents !== null);
  if (priced !== 0) return priced;
  return (b.releaseYear ?? -1) - (a.releaseYear ?? -1);
}

export const byName = (a: Part, b: Part) => cmp(a.brand, b.brand) || cmp(a.model, b.model) || cmp(a.id, b.id);
