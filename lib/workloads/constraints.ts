import { recommendPsuW } from "../power";

export interface CatalogGpuFacts {
  lengthMm?: number;
  slotWidth?: number;
  boardPowerW?: number;
  pcieGen?: number;
  powerConnectors?: { pin6?: number; pin8?: number; pin16?: number; eps8?: number };
}

export interface ImpliedConstraints {
  gpuBoardPowerW: number | null;
  /** PSU size for the GPUs plus an assumed 250 W CPU and platform, with lib/power's headroom. */
  psuAtLeastW: number | null;
  psuConnectors: { pcie8: number; pin16: number; eps8: number };
  boardX16Slots: number;
  boardPcieGen: number | null;
  caseMaxGpuLengthMm: number | null;
  caseExpansionSlots: number | null;
  notes: string[];
}

/** CPU, board, memory, drives and fans for a GPU box (an allowance, like lib/power's). */
const PLATFORM_ALLOWANCE_W = 250;

/** What a board, PSU and case must offer to hold these cards (each item: the card's facts and how many). */
export function impliedConstraints(cards: { facts: CatalogGpuFacts; quantity: number }[]): ImpliedConstraints {
  let power: number | null = 0;
  let slots: number | null = 0;
  let length: number | null = 0;
  let gen: number | null = 0;
  const connectors = { pcie8: 0, pin16: 0, eps8: 0 };
  let count = 0;
  for (const { facts, quantity } of cards) {
    count += quantity;
    power = power === null || facts.boardPowerW === undefined ? null : power + facts.boardPowerW * quantity;
    slots = slots === null || facts.slotWidth === undefined ? null : slots + Math.ceil(facts.slotWidth) * quantity;
    length = length === null || facts.lengthMm === undefined ? null : Math.max(length, facts.lengthMm);
    gen = gen === null || facts.pcieGen === undefined ? null : Math.max(gen, facts.pcieGen);
    const c = facts.powerConnectors ?? {};
    connectors.pcie8 += ((c.pin8 ?? 0) + (c.pin6 ?? 0)) * quantity;
    connectors.pin16 += (c.pin16 ?? 0) * quantity;
    connectors.eps8 += (c.eps8 ?? 0) * quantity;
  }
  const psu = power === null ? null : recommendPsuW(power + PLATFORM_ALLOWANCE_W);
  const notes: string[] = [];
  if (count > 4) notes.push(`${count} cards need a workstation or server board with ${count} x16-length slots, or riser cables.`);
  if (slots !== null && slots > 7) notes.push(`The cards take ${slots} slot widths; a standard ATX case has 7 expansion slots, so plan an open frame, a server chassis or risers.`);
  if (psu !== null && psu > 1600) notes.push(`About ${psu} W: more than one ATX PSU, or a 240 V circuit for a single large one.`);
  if (power === null) notes.push("Board power unknown for some cards; size the PSU from their vendor pages.");
  return {
    gpuBoardPowerW: power,
    psuAtLeastW: psu,
    psuConnectors: connectors,
    boardX16Slots: count,
    boardPcieGen: gen === 0 ? null : gen,
    caseMaxGpuLengthMm: length === 0 ? null : length,
    caseExpansionSlots: slots,
    notes,
  };
}
