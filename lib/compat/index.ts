export { analyzeBuild, type BuildAnalysis } from "./analyze";
export { checkCompatibility } from "./check-compatibility";
export { RULE_IDS, RULES, type RuleId, type RuleInfo } from "./rule-ids";
export { ESSENTIAL_CATEGORIES } from "./status";
export type { CompatReport, CompatStatus, Finding, Severity } from "./types";
