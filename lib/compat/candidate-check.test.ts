import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ResolvedBuild, ResolvedPart } from "../builds/types";
import { CANDIDATE_ID, candidateChecker } from "./candidate-check";
import { checkCompatibility } from "./check-compatibility";
import { arbitraryBuild, arbitraryPart } from "./fixtures/arbitrary-build";
import type { RuleGroup } from "./rules/context";
import { item, makeBuild, part } from "./fixtures/make";

// The reference: the whole check on the build with the candidate added.
function fullCheck(build: ResolvedBuild, candidate: ResolvedPart): boolean {
  const trial = { ...build, items: [...build.items, { id: CANDIDATE_ID, part: candidate, quantity: 1, priceCents: null, discountCents: 0 }] };
  return !checkCompatibility(trial).findings.some((f) => f.severity === "error" && f.itemIds.includes(CANDIDATE_ID));
}

describe("candidateChecker", () => {
  it("gives the same verdict as the whole check, for any build and candidate", () => {
    fc.assert(
      fc.property(arbitraryBuild, fc.array(arbitraryPart, { minLength: 1, maxLength: 6 }), (build, candidates) => {
        const fits = candidateChecker(build);
        for (const candidate of candidates) expect(fits(candidate)).toBe(fullCheck(build, candidate));
      }),
      { numRuns: 400 },
    );
  });

  it("runs a rule that reads only the power estimate for every category (every part feeds it)", () => {
    // A rule that names, from the power breakdown, any line over 400 W; it reads no category.
    const hotLines: RuleGroup = ({ power }, out) => {
      for (const line of power.breakdown) if (line.watts > 400) out.push({ ruleId: "test.hot", severity: "error", message: line.label, itemIds: line.itemIds });
    };
    const build = makeBuild([item("p", part("psu", "PSU", { wattage: 1000 }))]);
    const fits = candidateChecker(build, [hotLines]);
    expect(fits(part("gpu", "Hot card", { boardPowerW: 450 }))).toBe(false);
    expect(fits(part("gpu", "Cool card", { boardPowerW: 200 }))).toBe(true);
  });

  it("hides a GPU longer than the case and keeps one that fits", () => {
    const build = makeBuild([item("c", part("case", "Small case", { maxGpuLengthMm: 300 }))]);
    const fits = candidateChecker(build);
    expect(fits(part("gpu", "Long card", { lengthMm: 336 }))).toBe(false);
    expect(fits(part("gpu", "Short card", { lengthMm: 267 }))).toBe(true);
  });
});
