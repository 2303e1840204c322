import type { BuildIndex } from "../build-index";
import { finding, num, plural, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

/** Consumer boards space their x16 slots two slot positions apart. */
const STANDARD_SLOT_SPACING = 2;

/** Slot positions each board standard defines (ATX: 7; Micro-ATX: 4; Mini-ITX: 1). */
const BOARD_SLOT_POSITIONS: Record<string, number> = {
  "Mini-ITX": 1,
  "Micro-ATX": 4,
  ATX: 7,
  "E-ATX": 7,
  "SSI-EEB": 7,
  "XL-ATX": 8,
};

function checkGpuCount(ix: BuildIndex, out: Finding[]): void {
  const gpus = ix.parts.gpu;
  for (const board of ix.parts.motherboard) {
    const slots = board.specs.pcieX16Slots;
    if (slots === undefined) {
      const missing = [`the number of x16 slots of ${board.name}`];
      out.push(unknownNote(RULE_IDS.slotsGpuCount, `whether ${plural(ix.gpuCount, "GPU")} fit`, missing, [...gpus, board]));
    } else if (ix.gpuCount > slots) {
      const msg = `The build has ${plural(ix.gpuCount, "GPU")}, but ${board.name} has ${plural(slots, "x16 slot")}.`;
      out.push(finding(RULE_IDS.slotsGpuCount, "error", msg, [...gpus, board]));
    }
  }
}

/**
 * One position short can still work: the lowest card's cooler may hang below the last slot into
 * the room many cases leave above the PSU. Two or more short cannot, wherever the slots are.
 */
const OVERHANG_SLOTS = 1;

/**
 * Each GPU takes ceil(slotWidth) bracket positions; their sum must fit the case's expansion
 * slots. This ignores where the board puts its x16 slots, so up to OVERHANG_SLOTS short is a
 * warning; more is an error.
 */
function checkGpuWidth(ix: BuildIndex, out: Finding[]): void {
  const gpus = ix.parts.gpu;
  let widthSlots = 0;
  const unknown: string[] = [];
  for (const gpu of gpus) {
    if (gpu.specs.slotWidth === undefined) unknown.push(`the slot width of ${gpu.name}`);
    else widthSlots += Math.ceil(gpu.specs.slotWidth) * gpu.qty;
  }
  for (const pcCase of ix.parts.case) {
    const slots = pcCase.specs.expansionSlots;
    if (slots !== undefined && widthSlots > slots) {
      const msg = `${gpus.map(qtyName).join(" + ")} need ${widthSlots} expansion slots side by side; ${pcCase.name} has ${slots}.`;
      out.push(finding(RULE_IDS.slotsGpuWidth, widthSlots > slots + OVERHANG_SLOTS ? "error" : "warning", msg, [...gpus, pcCase]));
    } else if (slots === undefined || unknown.length > 0) {
      const missing = slots === undefined ? [...unknown, `the expansion slot count of ${pcCase.name}`] : unknown;
      out.push(unknownNote(RULE_IDS.slotsGpuWidth, `whether the GPUs fit ${pcCase.name}'s expansion slots`, missing, [...gpus, pcCase]));
    }
  }
  if (ix.gpuCount < 2) return;
  checkBoardPositions(ix, widthSlots, unknown, out);
  for (const gpu of gpus) {
    const width = gpu.specs.slotWidth;
    if (width !== undefined && width > STANDARD_SLOT_SPACING) {
      const msg = `${gpu.name} is ${num(width)} slots wide: on a board with x16 slots two positions apart it covers the next x16 slot. Check the board's slot layout.`;
      out.push(finding(RULE_IDS.slotsGpuWidth, "note", msg, [gpu, ...ix.parts.motherboard]));
    }
  }
}

/**
 * On the board, every GPU but the lowest needs its full width in slot positions; the lowest
 * needs one and may hang over the board's edge into the case's extra slots.
 */
function checkBoardPositions(ix: BuildIndex, widthSlots: number, unknown: string[], out: Finding[]): void {
  const gpus = ix.parts.gpu;
  let widest = 1;
  for (const gpu of gpus) widest = Math.max(widest, Math.ceil(gpu.specs.slotWidth ?? 1));
  const needed = widthSlots - (widest - 1);
  for (const board of ix.parts.motherboard) {
    const formFactor = board.specs.formFactor;
    const positions = formFactor === undefined ? undefined : BOARD_SLOT_POSITIONS[formFactor];
    if (positions !== undefined && needed > positions) {
      const msg = `${gpus.map(qtyName).join(" + ")} need ${needed} slot positions on the board; ${board.name} (${formFactor}) has ${positions}.`;
      out.push(finding(RULE_IDS.slotsGpuWidth, "warning", msg, [...gpus, board]));
    } else if (positions === undefined || unknown.length > 0) {
      const missing = positions === undefined ? [...unknown, `the form factor of ${board.name}`] : unknown;
      out.push(unknownNote(RULE_IDS.slotsGpuWidth, `whether the GPUs fit side by side on ${board.name}`, missing, [...gpus, board]));
    }
  }
}

export const checkSlots: RuleGroup = ({ ix }, out) => {
  if (ix.gpuCount === 0) return;
  checkGpuCount(ix, out);
  checkGpuWidth(ix, out);
};
