/**
 * JSON.parse for text from outside, refusing what no field of ours can hold or what could
 * reach an object's prototype: U+0000 (PostgreSQL text cannot store it), lone surrogates (not
 * encodable as UTF-8, so silently replaced on the way into the database) and the keys
 * `__proto__`, `constructor` and `prototype` (harmless as JSON.parse's own properties, but one
 * spread or Object.assign away from changing a prototype).
 */
export class UnsafeJsonError extends Error {}

// With the u flag a surrogate pair is one code point, so this matches only lone halves.
const LONE_SURROGATE = /\p{Cs}/u;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Null when the string can be stored as-is, else why not. */
export function unsafeTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (U+0000)";
  if (LONE_SURROGATE.test(text)) return "contains a lone surrogate (not valid Unicode)";
  return null;
}

/**
 * No document of ours nests deeper than about 6 levels. Deeper input is refused before parsing:
 * the reviver and the schemas recurse, and a 100,000-deep array exhausts the stack.
 */
export const MAX_JSON_DEPTH = 64;

/** Deepest nesting of arrays and objects, counted outside strings in one pass. */
export function jsonDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i += 1; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (ch === 0x5d || ch === 0x7d) depth -= 1;
  }
  return deepest;
}

/** Throws SyntaxError for malformed JSON and UnsafeJsonError for the above and for deep nesting. */
export function parseUntrustedJson(text: string): unknown {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new UnsafeJsonError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels is not accepted`);
  return JSON.parse(text, function check(key: string, value: unknown) {
    if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError(`The key "${key}" is not allowed`);
    const keyProblem = unsafeTextReason(key);
    if (keyProblem) throw new UnsafeJsonError(`A key ${keyProblem}`);
    if (typeof value === "string") {
      const problem = unsafeTextReason(value);
      if (problem) throw new UnsafeJsonError(`A text value ${problem}`);
    }
    return value;
  });
}
