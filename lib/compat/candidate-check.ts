import type { ResolvedBuild, ResolvedPart } from "../builds/types";
import { CATEGORIES, type Category } from "../parts/categories";
import { circuitFor, type Circuit } from "../power/circuits";
import { estimatePower } from "../power/estimate-power";
import type { PowerEstimate } from "../power/types";
import { indexBuild, type BuildIndex } from "./build-index";
import { RULE_GROUPS } from "./check-compatibility";
import type { RuleGroup } from "./rules/context";
import type { Finding } from "./types";

export const CANDIDATE_ID = "__candidate__";

/** What a rule group read of the index: categories, or everything (power, whole-map scans). */
type Reads = Set<Category | "*">;

// Index totals and the categories they are computed from.
const TOTALS: Record<string, Category> = { cpuCount: "cpu", gpuCount: "gpu", vramGb: "gpu", memoryGb: "memory", memoryModules: "memory" };

/** Runs `group` on proxies of the index and the power estimate that note what it reads. */
function recordReads(group: RuleGroup, ix: BuildIndex, power: PowerEstimate, circuit: Circuit): Reads {
  const reads: Reads = new Set();
  const parts = new Proxy(ix.parts, {
    get: (target, key, receiver) => {
      if (typeof key === "string") reads.add((CATEGORIES as readonly string[]).includes(key) ? (key as Category) : "*");
      return Reflect.get(target, key, receiver);
    },
    ownKeys: (target) => {
      reads.add("*");
      return Reflect.ownKeys(target);
    },
  });
  const index = new Proxy(ix, {
    get: (target, key, receiver) => {
      if (key === "parts") return parts;
      if (typeof key === "string") reads.add(TOTALS[key] ?? "*");
      return Reflect.get(target, key, receiver);
    },
  });
  // The power estimate sums every part: reading it depends on every category.
  const watched = new Proxy(power, {
    get: (target, key, receiver) => {
      reads.add("*");
      return Reflect.get(target, key, receiver);
    },
  });
  // The circuit is a setting of the build, the same with or without a candidate.
  group({ ix: index, power: watched, circuit }, []);
  return reads;
}

/**
 * "Does adding this part raise an error that involves it?" for many candidates against one
 * build (the picker's compatible-only list). Rules are pure functions of the index, so a rule
 * group that never read a category while checking the build alone runs exactly the same way
 * with a part of that category added, and cannot name it: such groups are skipped for that
 * category. Which groups read what is measured on this build, so new rules need no upkeep.
 */
export function candidateChecker(build: ResolvedBuild, groups: readonly RuleGroup[] = RULE_GROUPS): (candidate: ResolvedPart) => boolean {
  const baseIx = indexBuild(build);
  const basePower = estimatePower(build);
  const circuit = circuitFor(build.circuit, build.currency);
  const reads = groups.map((group) => recordReads(group, baseIx, basePower, circuit));
  const groupsFor = new Map<Category, RuleGroup[]>();
  for (const category of CATEGORIES) {
    groupsFor.set(category, groups.filter((_, i) => reads[i]!.has("*") || reads[i]!.has(category)));
  }
  return (candidate) => {
    const trial: ResolvedBuild = { ...build, items: [...build.items, { id: CANDIDATE_ID, part: candidate, quantity: 1, priceCents: null, discountCents: 0 }] };
    const ctx = { ix: indexBuild(trial), power: estimatePower(trial), circuit };
    const findings: Finding[] = [];
    for (const group of groupsFor.get(candidate.category)!) group(ctx, findings);
    return !findings.some((f) => f.severity === "error" && f.itemIds.includes(CANDIDATE_ID));
  };
}
