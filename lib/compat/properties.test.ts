import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCost } from "../pricing/compute-cost";
import { estimatePower } from "../power/estimate-power";
import { analyzeBuild } from "./analyze";
import { indexBuild } from "./build-index";
import { checkCompatibility } from "./check-compatibility";
import { arbitraryBuild } from "./fixtures/arbitrary-build";
import { RULES } from "./rule-ids";
import { compareFindings, missingEssentials, statusOf } from "./status";

const RULE_SET = new Set<string>(RULES.map((r) => r.id));
const RUNS = { numRuns: 300 };

describe("arbitrary partial builds", () => {
  it("never throw and yield well-formed findings", () => {
    fc.assert(
      fc.property(arbitraryBuild, (build) => {
        const { status, findings } = analyzeBuild(build);
        const ids = new Set(build.items.map((i) => i.id));
        expect(status).toBe(statusOf(findings, missingEssentials(indexBuild(build))));
        for (const f of findings) {
          expect(RULE_SET.has(f.ruleId)).toBe(true);
          expect(f.message).not.toMatch(/undefined|NaN|null|\[object/);
          expect(f.itemIds).toEqual([...new Set(f.itemIds)].sort());
          for (const id of f.itemIds) expect(ids.has(id)).toBe(true);
        }
        for (let i = 1; i < findings.length; i++) {
          expect(compareFindings(findings[i - 1]!, findings[i]!)).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it("are deterministic: the same input gives a deep-equal report", () => {
    fc.assert(
      fc.property(arbitraryBuild, (build) => {
        expect(analyzeBuild(structuredClone(build))).toEqual(analyzeBuild(build));
      }),
      RUNS,
    );
  });

  it("do not depend on item order", () => {
    fc.assert(
      fc.property(arbitraryBuild.chain((b) => fc.tuple(fc.constant(b), fc.shuffledSubarray(b.items, { minLength: b.items.length }))), ([build, shuffled]) => {
        const reordered = { ...build, items: shuffled };
        expect(checkCompatibility(reordered)).toEqual(checkCompatibility(build));
        const a = estimatePower(build);
        const b = estimatePower(reordered);
        expect([b.estimatedW, b.recommendedPsuW, b.psuW]).toEqual([a.estimatedW, a.recommendedPsuW, a.psuW]);
        expect(computeCost(reordered).totalCents).toBe(computeCost(build).totalCents);
      }),
      RUNS,
    );
  });

  it("keep power and cost totals consistent with their parts", () => {
    fc.assert(
      fc.property(arbitraryBuild, (build) => {
        const power = estimatePower(build);
        expect(power.breakdown.reduce((s, l) => s + l.watts, 0)).toBe(power.estimatedW);
        // 25 % headroom for a pre-ATX 3.0 unit; an ATX 3.x unit's spec covers spikes (lib/power/psu-size.ts).
        if (power.estimatedW > 0) expect(power.recommendedPsuW * 100).toBeGreaterThanOrEqual(power.estimatedW * (power.atx3 ? 100 : 125));
        expect(power.recommendedAtx3PsuW).toBeGreaterThanOrEqual(power.estimatedW);
        const cost = computeCost(build);
        expect(cost.totalCents).toBe(cost.subtotalCents - cost.discountCents + cost.taxCents + cost.shippingCents);
        expect(cost.byCategory.reduce((s, c) => s + c.totalCents, 0)).toBe(cost.taxableCents);
        expect(cost.unknownPriceCount).toBe(build.items.filter((i) => i.priceCents === null).length);
        expect(Number.isSafeInteger(cost.totalCents)).toBe(true);
      }),
      RUNS,
    );
  });
});
