import type { Category } from "../parts/categories";

export type Severity = "error" | "warning" | "note";

export type CompatStatus = "compatible" | "warnings" | "incompatible" | "incomplete";

export interface Finding {
  /** One of RULE_IDS; stable across releases so the UI and docs can link to it. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Build item ids involved, sorted; empty for build-level findings. */
  itemIds: string[];
  /** When the fix is a part choice: which parts fix it (lib/compat/fixes.ts; analyzeBuild adds it). */
  fix?: PartFix;
}

/**
 * A part choice that fixes a finding: the builder opens its picker on `category` with `filters`
 * (keys of lib/parts/filters.ts, values as the catalog's query string takes them) and the
 * compatible-only check on; the chosen part replaces `replacesItemId` when given.
 */
export interface PartFix {
  category: Category;
  filters: Record<string, string>;
  /** The button's text, e.g. "Choose a power supply of at least 850 W". */
  label: string;
  replacesItemId?: string;
}

export interface CompatReport {
  status: CompatStatus;
  findings: Finding[];
}
