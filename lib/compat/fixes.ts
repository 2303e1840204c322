import type { PowerEstimate } from "../power/types";
import type { Category } from "../parts/categories";
import type { BuildIndex, Entry } from "./build-index";
import { FIX_ADVICE } from "./fix-advice";
import type { RuleId } from "./rule-ids";
import type { Finding, PartFix } from "./types";

/** What a fix rule sees: the finding's parts by category, and the build as the rules saw it. */
export interface FixContext {
  ix: BuildIndex;
  power: PowerEstimate;
  /** The finding's entries of one category, in item id order. */
  of: <C extends Category>(category: C) => Entry<C>[];
}

/**
 * How to fix a finding: `advice` is appended to its message (left out where the rule's own message
 * already says what to do), `fix` is the part choice that fixes it, where there is one.
 */
export interface FixOutcome {
  advice?: string;
  fix?: PartFix;
}

export type FixRule = (finding: Finding, ctx: FixContext) => FixOutcome;

function entriesById(ix: BuildIndex): Map<string, { category: Category; entry: Entry }> {
  const map = new Map<string, { category: Category; entry: Entry }>();
  for (const [category, entries] of Object.entries(ix.parts) as [Category, Entry[]][]) {
    for (const entry of entries) map.set(entry.id, { category, entry });
  }
  return map;
}

/**
 * Errors and warnings with the way out added: the sentence that says how to fix each, and the
 * part choice that does where one exists. Notes inform and are left as they are. Kept apart from
 * the rules so their messages (and tests) stay as they are and each rule's advice sits in one table.
 */
export function withFixes(findings: readonly Finding[], ix: BuildIndex, power: PowerEstimate): Finding[] {
  let byId: Map<string, { category: Category; entry: Entry }> | null = null;
  return findings.map((finding) => {
    const rule = finding.severity === "note" ? undefined : FIX_ADVICE[finding.ruleId as RuleId];
    if (!rule) return finding;
    byId ??= entriesById(ix);
    const index = byId;
    const of = <C extends Category>(category: C) =>
      finding.itemIds.flatMap((id) => {
        const hit = index.get(id);
        return hit && hit.category === category ? [hit.entry as Entry<C>] : [];
      });
    const { advice, fix } = rule(finding, { ix, power, of });
    const message = advice ? `${finding.message} ${advice}` : finding.message;
    return fix ? { ...finding, message, fix } : { ...finding, message };
  });
}
