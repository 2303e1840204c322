// The words a part is found by, and how much each counts. A query word matches a whole word of
// the part, a model-number segment of one ("7700" in "7700K", "4090" in "RTX4090"), or two adjacent
// words glued where a letter meets a digit ("1080ti" for "1080 Ti"); never a substring, so "ti"
// does not match inside "Edition" and "1080" does not match "10800". See docs/search.md.

const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/** Lower-case ASCII letters and digits, accents folded; everything else separates words. */
export function words(text: string): string[] {
  // NFKD spells "™" as "TM", which would glue onto the word before it.
  const folded = text.replace(/[™®©℠]/g, " ").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return folded.split(/[^a-z0-9]+/).filter((w) => w !== "" && w.length <= MAX_WORD_LENGTH);
}

const isDigit = (c: string) => c >= "0" && c <= "9";

/** Runs of letters and of digits: "7700k" -> ["7700", "k"]; a word of one kind -> [word]. */
export function segments(word: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= word.length; i += 1) {
    if (i === word.length || isDigit(word[i]!) !== isDigit(word[i - 1]!)) {
      out.push(word.slice(start, i));
      start = i;
    }
  }
  return out;
}

export const hasDigit = (word: string) => /[0-9]/.test(word);

/** Adjacent words glued where a letter run meets a digit run: "gtx 1080" -> "gtx1080". */
function glued(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < list.length; i += 1) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (isDigit(a[a.length - 1]!) !== isDigit(b[0]!)) out.push(a + b);
  }
  return out;
}

/** Where a word was found; the weight says how strongly it identifies the part. */
export const FIELD_WEIGHTS = { modelNumber: 10, chipset: 6, series: 4, brand: 3, spec: 1 } as const;
export type SearchField = keyof typeof FIELD_WEIGHTS;
/** A segment or glued pair counts a little less than the whole word the user could have typed. */
export const DERIVED_FACTOR = 0.9;

export interface SearchFields {
  brand: string;
  model: string;
  chipset?: string;
  /** Spec values shoppers type: socket, architecture, memory type... */
  specs: readonly string[];
  /** Manufacturer part numbers. */
  partNumbers: readonly string[];
}

export interface PartTerms {
  /** Every term the part is found by (words, segments, glued pairs, part numbers), deduplicated. */
  terms: string[];
  /** Best weight of each term, same order as `terms`. */
  weights: number[];
  /** Words that say which product this is (model numbers, chipset words); each one the query leaves unmatched costs a point. */
  identity: string[];
  /** " brand words model words ", for the bonus of a query found there as a phrase. */
  phrase: string;
}

/** The terms of one part, each with the best weight of the fields it appears in. */
export function partTerms(fields: SearchFields): PartTerms {
  const best = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (term.length > MAX_WORD_LENGTH) return;
    if ((best.get(term) ?? 0) < weight) best.set(term, weight);
  };
  const addWords = (list: readonly string[], field: (word: string) => SearchField) => {
    for (const word of list) {
      add(word, FIELD_WEIGHTS[field(word)]);
      // A segment weighs by what it is: "ti" of "1080ti" is a chipset or series word, not a number.
      const parts = segments(word);
      if (parts.length > 1) for (const part of parts) add(part, FIELD_WEIGHTS[field(part)] * DERIVED_FACTOR);
    }
    // A glued pair always holds a digit, so it weighs as a model number where the field has them.
    for (const pair of glued(list)) add(pair, FIELD_WEIGHTS[field(pair)] * DERIVED_FACTOR);
  };
  const modelWords = words(fields.model);
  const chipsetWords = words(fields.chipset ?? "");
  const byDigit = (other: SearchField) => (word: string): SearchField => (hasDigit(word) ? "modelNumber" : other);
  addWords(modelWords, byDigit("series"));
  addWords(chipsetWords, byDigit("chipset"));
  addWords(words(fields.brand), () => "brand");
  for (const spec of fields.specs) addWords(words(spec), () => "spec");
  // Part numbers are found whole ("ZT-P10810D-10P", typed with or without dashes) or by their
  // numbered pieces, never by their letters or segments: "C" of "FD-C-DEF7C" is no word of the name.
  for (const mpn of fields.partNumbers) {
    const pieces = words(mpn);
    for (const piece of pieces) if (hasDigit(piece)) add(piece, FIELD_WEIGHTS.modelNumber * DERIVED_FACTOR);
    if (pieces.length > 0) add(pieces.join(""), FIELD_WEIGHTS.modelNumber);
  }
  const identity = [...new Set([...modelWords.filter(hasDigit), ...chipsetWords])];
  const phrase = ` ${[...words(fields.brand), ...modelWords].join(" ")} `;
  return { terms: [...best.keys()], weights: [...best.values()], identity, phrase };
}

/** One word of a query: matched whole, or (a compound like "gtx1080ti") by all its segments. */
export interface QueryWord {
  word: string;
  /** Segments to try when the whole word is not a term; empty for a word of one kind. */
  segments: string[];
}

export function queryWords(q: string | undefined): QueryWord[] {
  const unique = [...new Set(words(q ?? ""))].slice(0, MAX_QUERY_WORDS);
  return unique.map((word) => {
    const parts = segments(word);
    return { word, segments: parts.length > 1 ? parts : [] };
  });
}

/** The whole search text stored with a part and indexed by the database: its terms, space-separated. */
export function searchTextOf(terms: PartTerms): string {
  return terms.terms.join(" ");
}
