import type { ResolvedBuild } from "../builds/types";
import { circuitFor } from "../power/circuits";
import { estimatePower } from "../power/estimate-power";
import type { PowerEstimate } from "../power/types";
import { indexBuild } from "./build-index";
import { checkBuildParts } from "./rules/build-rules";
import { checkCaseFit } from "./rules/case-fit-rules";
import { checkClearances } from "./rules/clearance-rules";
import type { RuleGroup } from "./rules/context";
import { checkCpu } from "./rules/cpu-rules";
import { checkDeepLearning } from "./rules/dl-rules";
import { checkGpuArchitectures } from "./rules/gpu-architecture-rules";
import { checkGpuConnectors } from "./rules/gpu-connector-rules";
import { checkGpuStacks } from "./rules/gpu-stack-rules";
import { checkGpuModules } from "./rules/gpu-module-rules";
import { checkGpuInterconnect } from "./rules/interconnect-rules";
import { checkMemory } from "./rules/memory-rules";
import { checkRegisteredMemory } from "./rules/memory-module-rules";
import { checkOverclocking } from "./rules/overclock-rules";
import { checkPcieLanes } from "./rules/pcie-lane-rules";
import { checkWallCircuit } from "./rules/psu-circuit-rules";
import { checkPsuWattage } from "./rules/psu-wattage-rules";
import { checkSlots } from "./rules/slot-rules";
import { checkSpecBounds } from "./rules/spec-bounds-rules";
import { checkStorage } from "./rules/storage-rules";
import { compareFindings, missingEssentials, statusOf } from "./status";
import type { CompatReport, Finding } from "./types";

export const RULE_GROUPS: readonly RuleGroup[] = [
  checkBuildParts,
  checkCpu,
  checkOverclocking,
  checkMemory,
  checkRegisteredMemory,
  checkCaseFit,
  checkClearances,
  checkSlots,
  checkStorage,
  checkPsuWattage,
  checkWallCircuit,
  checkGpuConnectors,
  checkGpuModules,
  checkDeepLearning,
  checkPcieLanes,
  checkGpuInterconnect,
  checkGpuArchitectures,
  checkSpecBounds,
  checkGpuStacks,
];

/** For callers that already estimated power (analyzeBuild), so it is computed once. */
export function checkWithPower(build: ResolvedBuild, power: PowerEstimate): CompatReport {
  const ix = indexBuild(build);
  const findings: Finding[] = [];
  const ctx = { ix, power, circuit: circuitFor(build.circuit, build.currency) };
  for (const group of RULE_GROUPS) group(ctx, findings);
  findings.sort(compareFindings);
  return { status: statusOf(findings, missingEssentials(ix)), findings };
}

export function checkCompatibility(build: ResolvedBuild): CompatReport {
  return checkWithPower(build, estimatePower(build));
}
