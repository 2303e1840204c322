import { planSlots } from "../compat/slot-wiring";
import type { BuildFacts } from "./build-facts";

export interface PcieLinkPlan {
  /** Expected generation: the lowest of the GPU's, board's and CPU's where known. */
  gen?: number;
  /** Expected width of this card; undefined where it depends on an unknown lane count. */
  width?: number;
  /** All cards' widths, e.g. "x8/x8", for the checklist text. */
  layout?: string;
  /** Why the widths are what they are. */
  basis: string;
}

const MAX_WIDTH = 16;
const MIN_WIDTH = 4;

/**
 * Splits the CPU's lanes the way boards wire their x16 slots: every card starts at x16 and the
 * widest one further down the board halves until they fit (16 lanes: x8/x8, x8/x4/x4; 40 lanes
 * and four cards: x16/x8/x8/x8). Boards differ, so more than two cards is stated as an estimate.
 */
export function splitLanes(lanes: number, cards: number): number[] {
  const widths = Array.from({ length: cards }, () => MAX_WIDTH);
  const sum = () => widths.reduce((a, b) => a + b, 0);
  while (sum() > lanes) {
    const widest = Math.max(...widths);
    if (widest <= MIN_WIDTH) break;
    widths[widths.lastIndexOf(widest)] = widest / 2;
  }
  return widths;
}

export function minKnown(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

/** With curated slot wiring: each card's slot, width and generation (lib/compat/slot-wiring.ts). */
function fromWiring(facts: BuildFacts): PcieLinkPlan[] | null {
  const wiring = facts.board?.specs.slotWiring;
  if (!wiring) return null;
  const m2Drives = facts.drives.filter((d) => d.specs.formFactor?.startsWith("M.2")).length;
  const plan = planSlots(wiring, facts.cards.length, m2Drives);
  const layout = plan.assignments.map((a) => `x${a.lanes}`).join("/");
  return facts.cards.map((card, i) => {
    const slot = plan.assignments[i];
    return {
      gen: minKnown([card.specs.pcieGen, slot?.gen, facts.cpu?.specs.pcieGen]),
      width: slot?.lanes,
      layout,
      basis: slot ? `${slot.slot}${slot.link ? `, ${slot.link === "cpu" ? "CPU" : "chipset"} lanes` : ""} (board slot wiring)` : "no listed x16 slot left for this card (board slot wiring)",
    };
  });
}

export function planPcieLinks(facts: BuildFacts): PcieLinkPlan[] {
  const wired = fromWiring(facts);
  if (wired) return wired;
  const lanes = facts.cpu?.specs.pcieLanes;
  const count = facts.cards.length;
  const plural = count > 1 ? "s" : "";
  let widths: number[] | undefined;
  let basis: string;
  if (lanes !== undefined) {
    widths = splitLanes(lanes, count);
    basis = `${count} GPU${plural} sharing the CPU's ${lanes} PCIe lanes`;
    if (count > 2) basis += " (estimate: check which slots the board wires to the CPU)";
  } else if (count === 1) {
    widths = [MAX_WIDTH];
    basis = "one GPU in the first x16 slot (CPU lane count unknown)";
  } else {
    basis = `${count} GPU${plural}, CPU lane count unknown`;
  }
  const layout = widths?.map((w) => `x${w}`).join("/");
  return facts.cards.map((card, i) => ({
    gen: minKnown([card.specs.pcieGen, facts.board?.specs.pcieGen, facts.cpu?.specs.pcieGen]),
    width: widths?.[i],
    layout,
    basis,
  }));
}
