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

/** Throws SyntaxError for malformed JSON and UnsafeJsonError for the above. */
export function parseUntrustedJson(text: string): unknown {
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
