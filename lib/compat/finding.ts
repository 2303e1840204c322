import type { RuleId } from "./rule-ids";
import type { Finding, Severity } from "./types";

interface HasId {
  id: string;
}

export function idsOf(entries: readonly HasId[]): string[] {
  const ids: string[] = [];
  for (const e of entries) if (!ids.includes(e.id)) ids.push(e.id);
  return ids.sort();
}

export function finding(ruleId: RuleId, severity: Severity, message: string, entries: readonly HasId[]): Finding {
  return { ruleId, severity, message, itemIds: idsOf(entries) };
}

/** "a", "a and b", "a, b and c". */
export function joinList(words: readonly string[], conjunction = "and"): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

/**
 * The one shape of a rule that could not run: never a silent pass. `missing` phrases read
 * "the socket of Intel Core i7 7700K".
 */
export function unknownNote(
  ruleId: RuleId,
  check: string,
  missing: readonly string[],
  entries: readonly HasId[],
): Finding {
  const verb = missing.length === 1 ? "is" : "are";
  return finding(ruleId, "note", `Could not check ${check} because ${joinList(missing)} ${verb} unknown.`, entries);
}

/** "2 x Samsung 850 EVO" for multiples, the plain name otherwise. */
export function qtyName(entry: { name: string; qty: number }): string {
  return entry.qty > 1 ? `${entry.qty} x ${entry.name}` : entry.name;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Socket lists repeat across builds (a cooler lists a dozen); memoise the regex work, bounded.
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 2048;

/** Spec strings differ in spacing and case between sources ("LGA 1151" vs "lga1151"). */
export function normalizeToken(value: string): string {
  let out = normalized.get(value);
  if (out === undefined) {
    out = value.toUpperCase().replace(/[\s_-]+/g, "");
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(value, out);
  }
  return out;
}

/** Spec figures can be fractional (269.2 mm); messages show at most one decimal. */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(1)));
}
