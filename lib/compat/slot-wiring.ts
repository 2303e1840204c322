import type { SlotWiring } from "../parts/specs";

/** Where one GPU lands and the link it gets. */
export interface SlotAssignment {
  slot: string;
  lanes: number;
  gen?: number;
  link?: "cpu" | "chipset";
}

export interface SlotPlan {
  /** One entry per GPU that found a slot, widest first. */
  assignments: SlotAssignment[];
  /** GPUs beyond the board's x16-size slots. */
  unplaced: number;
  /** M.2 sockets the drives went into; empty when the board lists none. */
  m2Used: string[];
  /** Drives that had to take an M.2 socket that cuts a GPU slot's lanes. */
  m2Conflicts: string[];
}

const MAX_EVALUATED = 256;

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** M.2 sockets in the order drives should fill them: the ones no GPU slot shares first. */
function m2Order(wiring: SlotWiring): string[] {
  const sockets = wiring.m2 ?? [];
  const shared = (name: string) => wiring.slots.some((s) => s.shares?.some((x) => sameName(x.with, name)));
  return [...sockets.filter((m) => !shared(m.name)), ...sockets.filter((m) => shared(m.name))].map((m) => m.name);
}

function lanesIn(slot: SlotWiring["slots"][number], occupied: readonly string[]): number {
  let lanes = slot.lanes;
  for (const share of slot.shares ?? []) if (occupied.some((o) => sameName(o, share.with))) lanes = Math.min(lanes, share.lanes);
  return lanes;
}

/** Every k-subset of 0..n-1 in lexicographic order (n <= 8 by the spec schema, so at most 70). */
function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]) => {
    if (out.length >= MAX_EVALUATED) return;
    if (acc.length === k) return void out.push([...acc]);
    for (let i = start; i < n; i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  return out;
}

/**
 * Places GPUs and M.2 drives the way a careful builder would: drives first into sockets that
 * take no GPU lanes, then GPUs into the combination of x16-size slots that gives the narrowest
 * card the most lanes (ties: more CPU-wired slots, more lanes in total, slots nearer the CPU).
 * Bounded: the schema caps slots and sockets at 8 each.
 */
export function planSlots(wiring: SlotWiring, gpuCount: number, m2Drives: number): SlotPlan {
  const order = m2Order(wiring);
  const m2Used = order.slice(0, Math.max(0, Math.min(m2Drives, order.length)));
  const m2Conflicts = m2Used.filter((m) => wiring.slots.some((s) => s.shares?.some((x) => sameName(x.with, m))));
  // Fewer cards fit when every larger combination disables one of its own slots.
  for (let k = Math.max(0, Math.min(gpuCount, wiring.slots.length)); k > 0; k--) {
    const best = bestCombination(wiring, k, m2Used);
    if (best) return { assignments: best, unplaced: gpuCount - best.length, m2Used, m2Conflicts };
  }
  return { assignments: [], unplaced: Math.max(0, gpuCount), m2Used, m2Conflicts };
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

function bestCombination(wiring: SlotWiring, k: number, m2Used: readonly string[]): SlotAssignment[] | null {
  let best: { assignments: SlotAssignment[]; score: number[] } | null = null;
  for (const combo of subsets(wiring.slots.length, k)) {
    const chosen = combo.map((i) => wiring.slots[i]!);
    const occupied = [...chosen.map((s) => s.name), ...m2Used];
    const assignments: SlotAssignment[] = chosen.map((s) => ({
      slot: s.name,
      lanes: lanesIn(s, occupied.filter((o) => !sameName(o, s.name))),
      ...(s.gen !== undefined && { gen: s.gen }),
      ...(s.link !== undefined && { link: s.link }),
    }));
    if (assignments.some((a) => a.lanes === 0)) continue;
    const score = [
      Math.min(...assignments.map((a) => a.lanes)),
      assignments.filter((a) => a.link === "cpu").length,
      assignments.reduce((sum, a) => sum + a.lanes, 0),
      -combo.reduce((sum, i) => sum + i, 0),
    ];
    if (!best || better(score, best.score)) best = { assignments, score };
  }
  return best ? [...best.assignments].sort((a, b) => b.lanes - a.lanes) : null;
}

/** "x16 (PCIEX16_1, CPU) and x4 (PCIEX16_3, chipset)". */
export function describeAssignments(assignments: readonly SlotAssignment[]): string {
  const parts = assignments.map((a) => `x${a.lanes} (${[a.slot, a.link === "cpu" ? "CPU" : a.link].filter(Boolean).join(", ")})`);
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
