import { describe, expect, it } from "vitest";
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
