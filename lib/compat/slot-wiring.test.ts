import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { SlotWiring } from "../parts/specs";
import { describeAssignments, planSlots } from "./slot-wiring";

const x8x8: SlotWiring = {
  slots: [
    { name: "A", lanes: 16, gen: 5, link: "cpu", shares: [{ with: "B", lanes: 8 }] },
    { name: "B", lanes: 8, gen: 5, link: "cpu", shares: [{ with: "M2", lanes: 0 }] },
    { name: "C", lanes: 4, gen: 4, link: "chipset" },
  ],
  m2: [{ name: "M1" }, { name: "M2" }],
  source: "test",
};

describe("planSlots", () => {
  it("gives one GPU the full CPU slot and two GPUs x8/x8 from the CPU rather than x16 + chipset x4", () => {
    expect(planSlots(x8x8, 1, 0).assignments).toEqual([{ slot: "A", lanes: 16, gen: 5, link: "cpu" }]);
    expect(planSlots(x8x8, 2, 0).assignments.map((a) => [a.slot, a.lanes])).toEqual([["A", 8], ["B", 8]]);
  });

  it("fills M.2 sockets that take no GPU lanes first, and falls back when one disables a slot", () => {
    expect(planSlots(x8x8, 2, 1)).toMatchObject({ m2Used: ["M1"], m2Conflicts: [] });
    const plan = planSlots(x8x8, 2, 2);
    expect(plan.m2Conflicts).toEqual(["M2"]);
    // B is disabled by M2, so the second GPU goes to the chipset slot and A keeps x16.
    expect(plan.assignments.map((a) => [a.slot, a.lanes])).toEqual([["A", 16], ["C", 4]]);
  });

  it("reports GPUs beyond the listed slots", () => {
    expect(planSlots(x8x8, 5, 0).unplaced).toBe(2);
    expect(planSlots({ slots: [{ name: "only", lanes: 16, shares: [{ with: "M", lanes: 0 }] }], m2: [{ name: "M" }], source: "t" }, 1, 1)).toMatchObject({ assignments: [], unplaced: 1 });
  });

  it("describes assignments for messages", () => {
    expect(describeAssignments(planSlots(x8x8, 2, 2).assignments)).toBe("x16 (A, CPU) and x4 (C, chipset)");
  });
});

// The planner scores combinations in place (compat bench budget); this reference re-derives the
// narrowest link by brute force over every subset, for random boards.
describe("planSlots against brute force", () => {
  const wiringArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      slots: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            name: fc.constant(`S${i}`),
            lanes: fc.constantFrom(1, 4, 8, 16),
            link: fc.constantFrom("cpu" as const, "chipset" as const),
            shares: fc.array(fc.record({ with: fc.constantFrom(...Array.from({ length: n }, (_, j) => `S${j}`), "M0", "M1"), lanes: fc.constantFrom(0, 4, 8) }), { maxLength: 2 }),
          }),
        ),
      ),
      m2: fc.constant([{ name: "M0" }, { name: "M1" }, { name: "M2" }]),
      source: fc.constant("arb"),
    }),
  );

  it("finds the widest narrowest link", () => {
    fc.assert(
      fc.property(wiringArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), (arb, gpus, drives) => {
        const wiring = arb as unknown as SlotWiring;
        const plan = planSlots(wiring, gpus, drives);
        const used = new Set(plan.m2Used);
        const n = wiring.slots.length;
        let bestMin = 0;
        let bestCount = 0;
        for (let mask = 1; mask < 1 << n; mask++) {
          const idx = [...Array(n).keys()].filter((i) => mask & (1 << i));
          if (idx.length > gpus) continue;
          const names = new Set(idx.map((i) => `S${i}`));
          const lanes = idx.map((i) => {
            let l: number = wiring.slots[i]!.lanes;
            for (const s of wiring.slots[i]!.shares ?? []) if ((s.with !== `S${i}` && names.has(s.with)) || used.has(s.with)) l = Math.min(l, s.lanes);
            return l;
          });
          if (lanes.some((l) => l === 0)) continue;
          const min = Math.min(...lanes);
          if (idx.length > bestCount || (idx.length === bestCount && min > bestMin)) [bestCount, bestMin] = [idx.length, min];
        }
        expect(plan.assignments.length).toBe(bestCount);
        expect(plan.unplaced).toBe(gpus - bestCount);
        if (bestCount > 0) expect(Math.min(...plan.assignments.map((a) => a.lanes))).toBe(bestMin);
      }),
      { numRuns: 300 },
    );
  });
});
