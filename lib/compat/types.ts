export type Severity = "error" | "warning" | "note";

export type CompatStatus = "compatible" | "warnings" | "incompatible" | "incomplete";

export interface Finding {
  /** One of RULE_IDS; stable across releases so the UI and docs can link to it. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Build item ids involved, sorted; empty for build-level findings. */
  itemIds: string[];
}

export interface CompatReport {
  status: CompatStatus;
  findings: Finding[];
}
