import type { ResolvedBuild } from "../builds/types";
import { estimatePower } from "../power/estimate-power";
import type { PowerEstimate } from "../power/types";
import { computeCost } from "../pricing/compute-cost";
import type { CostSummary } from "../pricing/types";
import { indexBuild } from "./build-index";
import { checkWithPower } from "./check-compatibility";
import { withFixes } from "./fixes";
import type { CompatStatus, Finding } from "./types";

export interface BuildAnalysis {
  status: CompatStatus;
  findings: Finding[];
  power: PowerEstimate;
  cost: CostSummary;
}

/**
 * Everything POST /api/compat returns, with the power estimate shared by the PSU rule. Findings
 * here say how to fix themselves (lib/compat/fixes.ts); checkCompatibility gives the rules' own.
 */
export function analyzeBuild(build: ResolvedBuild): BuildAnalysis {
  const power = estimatePower(build);
  const { status, findings } = checkWithPower(build, power);
  return { status, findings: withFixes(findings, indexBuild(build), power), power, cost: computeCost(build) };
}
