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

function key(name: string): string {
  return name.trim().toLowerCase();
}

/** The wiring with names resolved to indices once: slot i keeps `lanes` when slot j (or socket m) is used. */
interface Compiled {
  slotShares: { slot: number; lanes: number }[][];
  m2Shares: { m2: string; lanes: number }[][];
  /** M.2 sockets in fill order: the ones no GPU slot shares first. */
  m2Order: string[];
  sharedM2: Set<string>;
  /** Plans already made for this board, by "gpus:drives": builds repeat while a user edits one. */
  plans: Map<string, SlotPlan>;
}

const compiled = new WeakMap<SlotWiring, Compiled>();

function compile(wiring: SlotWiring): Compiled {
  let c = compiled.get(wiring);
  if (c) return c;
  const slotIndex = new Map(wiring.slots.map((s, i) => [key(s.name), i] as const));
  const sharedM2 = new Set<string>();
  const slotShares: Compiled["slotShares"] = [];
  const m2Shares: Compiled["m2Shares"] = [];
  for (const slot of wiring.slots) {
    const bySlot: { slot: number; lanes: number }[] = [];
    const byM2: { m2: string; lanes: number }[] = [];
    for (const share of slot.shares ?? []) {
      const k = key(share.with);
      const j = slotIndex.get(k);
      if (j !== undefined) bySlot.push({ slot: j, lanes: share.lanes });
      else {
        byM2.push({ m2: k, lanes: share.lanes });
        sharedM2.add(k);
      }
    }
    slotShares.push(bySlot);
    m2Shares.push(byM2);
  }
  const sockets = wiring.m2 ?? [];
  const m2Order = [...sockets.filter((m) => !sharedM2.has(key(m.name))), ...sockets.filter((m) => sharedM2.has(key(m.name)))].map((m) => m.name);
  c = { slotShares, m2Shares, m2Order, sharedM2, plans: new Map() };
  compiled.set(wiring, c);
  return c;
}

/**
 * Places GPUs and M.2 drives the way a careful builder would: drives first into sockets that
 * take no GPU lanes, then GPUs into the combination of x16-size slots that gives the narrowest
 * card the most lanes (ties: more CPU-wired slots, more lanes in total, slots nearer the CPU).
 * Bounded: the schema caps slots and sockets at 8 each, so at most 70 combinations are scored.
 */
export function planSlots(wiring: SlotWiring, gpuCount: number, m2Drives: number): SlotPlan {
  const c = compile(wiring);
  const key = `${gpuCount}:${m2Drives}`;
  let plan = c.plans.get(key);
  if (!plan) {
    plan = makePlan(wiring, c, gpuCount, m2Drives);
    if (c.plans.size >= 64) c.plans.clear();
    c.plans.set(key, plan);
  }
  // Copies, so a caller that edits its plan cannot change the next caller's.
  return { ...plan, assignments: plan.assignments.map((a) => ({ ...a })), m2Used: [...plan.m2Used], m2Conflicts: [...plan.m2Conflicts] };
}

function makePlan(wiring: SlotWiring, c: Compiled, gpuCount: number, m2Drives: number): SlotPlan {
  const m2Used = c.m2Order.slice(0, Math.max(0, Math.min(m2Drives, c.m2Order.length)));
  const m2Conflicts = m2Used.filter((m) => c.sharedM2.has(key(m)));
  const usedKeys = new Set(m2Used.map(key));
  // Lanes of each slot after the M.2 drives, before other GPU slots are counted.
  const base = wiring.slots.map((s, i) => {
    let lanes = s.lanes;
    for (const share of c.m2Shares[i]!) if (usedKeys.has(share.m2)) lanes = Math.min(lanes, share.lanes);
    return lanes;
  });
  // Fewer cards fit when every larger combination disables one of its own slots.
  for (let k = Math.max(0, Math.min(gpuCount, wiring.slots.length)); k > 0; k--) {
    const best = bestCombination(wiring, c, base, k);
    if (best) return { assignments: best, unplaced: gpuCount - best.length, m2Used, m2Conflicts };
  }
  return { assignments: [], unplaced: Math.max(0, gpuCount), m2Used, m2Conflicts };
}

function bestCombination(wiring: SlotWiring, c: Compiled, base: readonly number[], k: number): SlotAssignment[] | null {
  const n = wiring.slots.length;
  const chosen = new Array<boolean>(n).fill(false);
  const lanes = new Array<number>(n).fill(0);
  let best: number[] | null = null;
  let bestScore = [-1, -1, -1, -Infinity];
  const combo: number[] = [];
  const score = () => {
    let min = Infinity;
    let cpu = 0;
    let total = 0;
    let order = 0;
    for (const i of combo) {
      let l = base[i]!;
      for (const share of c.slotShares[i]!) if (share.slot !== i && chosen[share.slot]) l = Math.min(l, share.lanes);
      if (l === 0) return;
      lanes[i] = l;
      min = Math.min(min, l);
      if (wiring.slots[i]!.link === "cpu") cpu++;
      total += l;
      order -= i;
    }
    const s = [min, cpu, total, order];
    for (let j = 0; j < s.length; j++) {
      if (s[j] === bestScore[j]) continue;
      if (s[j]! > bestScore[j]!) {
        bestScore = s;
        best = combo.map((i) => lanes[i]!);
        bestSlots = [...combo];
      }
      return;
    }
  };
  let bestSlots: number[] = [];
  const pick = (start: number) => {
    if (combo.length === k) return score();
    for (let i = start; i <= n - (k - combo.length); i++) {
      combo.push(i);
      chosen[i] = true;
      pick(i + 1);
      chosen[i] = false;
      combo.pop();
    }
  };
  pick(0);
  if (!best) return null;
  const widths: number[] = best;
  const assignments = bestSlots.map((i, j): SlotAssignment => {
    const s = wiring.slots[i]!;
    return { slot: s.name, lanes: widths[j]!, ...(s.gen !== undefined && { gen: s.gen }), ...(s.link !== undefined && { link: s.link }) };
  });
  // Widest first, the way the messages list them; equal widths keep board order.
  return assignments.sort((a, b) => b.lanes - a.lanes);
}

/** "x16 (PCIEX16_1, CPU) and x4 (PCIEX16_3, chipset)". */
export function describeAssignments(assignments: readonly SlotAssignment[]): string {
  const parts = assignments.map((a) => `x${a.lanes} (${[a.slot, a.link === "cpu" ? "CPU" : a.link].filter(Boolean).join(", ")})`);
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
