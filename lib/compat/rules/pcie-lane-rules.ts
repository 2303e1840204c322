import type { BuildIndex, Entry } from "../build-index";
import { finding, plural, qtyName, unknownNote } from "../finding";
import { describeAssignments, planSlots } from "../slot-wiring";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

/**
 * Mainstream desktop CPUs (under 32 lanes) wire 16 lanes to the graphics slots and the rest to
 * an M.2 slot and the chipset; HEDT and workstation CPUs expose (nearly) all of theirs.
 */
const HEDT_MIN_LANES = 32;
const MAX_WIDTH = 16;
const X8_NOTE = "a GPU at x8 loses at most about 10% in training";

export function gpuLanes(cpuLanes: number): number {
  return cpuLanes < HEDT_MIN_LANES ? Math.min(cpuLanes, MAX_WIDTH) : cpuLanes;
}

/** Link widths as a board would split them: powers of two, as even as the lanes allow. */
export function splitLanes(lanes: number, gpuCount: number): number[] {
  let base = MAX_WIDTH;
  while (base > 1 && base * gpuCount > lanes) base /= 2;
  const spare = Math.floor((lanes - base * gpuCount) / base);
  const upgrades = base < MAX_WIDTH ? Math.max(0, Math.min(gpuCount, spare)) : 0;
  // Widest first, the way boards wire their top slot.
  const widths: number[] = [];
  for (let i = 0; i < gpuCount; i++) widths.push(i < upgrades ? base * 2 : base);
  return widths;
}

function describe(widths: readonly number[]): string {
  if (widths.length <= 4) return widths.map((w) => `x${w}`).join("/");
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].map(([w, n]) => `${n} at x${w}`).join(" and ");
}

function m2DriveCount(ix: BuildIndex): number {
  let n = 0;
  for (const drive of ix.parts.storage) if (drive.specs.formFactor?.startsWith("M.2")) n += drive.qty;
  return n;
}

/** Lanes per GPU from the board's curated slot wiring (docs/compatibility.md, "Slot wiring"). */
function fromWiring(ix: BuildIndex, board: Entry<"motherboard">, out: Finding[]): void {
  const wiring = board.specs.slotWiring!;
  const m2Drives = m2DriveCount(ix);
  const plan = planSlots(wiring, ix.gpuCount, m2Drives);
  const placed = plan.assignments;
  if (placed.length === 0) return;
  const rest =
    plan.unplaced > 0 && wiring.partial
      ? ` ${plural(plan.unplaced, "more GPU")} would need ${plan.unplaced === 1 ? "a slot" : "slots"} whose wiring is not listed for this board (on most boards the further x16-size slots hang off the chipset at x4).`
      : "";
  const unlistedM2 = wiring.m2 === undefined && m2Drives >= 2 ? " Which M.2 sockets take lanes from the GPU slots is not listed for this board: check the manual before filling them." : "";
  const narrowest = Math.min(...placed.map((a) => a.lanes));
  const chipset = placed.filter((a) => a.link === "chipset");
  const involved = [board, ...ix.parts.gpu, ...(plan.m2Conflicts.length > 0 ? ix.parts.storage.filter((d) => d.specs.formFactor?.startsWith("M.2")) : [])];
  const conflicts = plan.m2Conflicts.length > 0 ? ` The M.2 drives need ${plan.m2Conflicts.join(" and ")}, which ${plan.m2Conflicts.length === 1 ? "takes" : "take"} lanes from a GPU slot.` : "";
  const source = ` (Slot wiring: ${wiring.source}.)`;
  const head = `On ${board.name}, ${placed.length === 1 ? "the GPU runs" : `${plural(placed.length, "GPU")} run`} at ${describeAssignments(placed)}.${conflicts}${rest}${unlistedM2}`;
  if (chipset.length > 0 || rest !== "") {
    const why = chipset.length > 0 ? " A chipset slot shares the chipset's single link to the CPU with drives, USB and network, so that GPU trains slower and its transfers stall when the drives are busy:" : "";
    const msg = `${head}${why}${why ? " for" : " For"} multi-GPU work choose a board whose x16 slots all come from the CPU.${source}`;
    out.push(finding(RULE_IDS.dlPcieLanes, "warning", msg, involved));
  } else if (narrowest < 8) {
    out.push(finding(RULE_IDS.dlPcieLanes, "warning", `${head} Below x8, multi-GPU training slows noticeably.${source}`, involved));
  } else if (narrowest < MAX_WIDTH) {
    out.push(finding(RULE_IDS.dlPcieLanes, "note", `${head} ${X8_NOTE[0]!.toUpperCase()}${X8_NOTE.slice(1)}.${source}`, involved));
  } else if (unlistedM2 !== "") {
    out.push(finding(RULE_IDS.dlPcieLanes, "note", `${head}${source}`, involved));
  }
}

/** Without wiring: the CPU's lanes split as a board might, stated as an estimate. */
function fromCpuLanes(ix: BuildIndex, out: Finding[]): void {
  const cpus = ix.parts.cpu;
  if (cpus.length === 0) return;
  const boards = ix.parts.motherboard;
  const involved = [...cpus, ...boards, ...ix.parts.gpu];
  let lanes = 0;
  const missing: string[] = [];
  for (const cpu of cpus) {
    if (cpu.specs.pcieLanes === undefined) missing.push(`the PCIe lane count of ${cpu.name}`);
    else lanes += gpuLanes(cpu.specs.pcieLanes) * cpu.qty;
  }
  if (missing.length > 0) {
    out.push(unknownNote(RULE_IDS.dlPcieLanes, "the PCIe link width of each GPU", missing, involved));
    return;
  }
  const widths = splitLanes(lanes, ix.gpuCount);
  const narrowest = widths[widths.length - 1] ?? MAX_WIDTH;
  if (narrowest >= MAX_WIDTH) return;
  const boardText =
    boards.length === 0
      ? "which slots a board wires to the CPU is unknown until a board is chosen"
      : `the slot wiring of ${boards.map((b) => b.name).join(" and ")} is unknown: many boards wire only the first x16 slot to the CPU and the second x16-size slot to the chipset at x4, so check the manual`;
  const head = `${cpus.map(qtyName).join(" + ")} gives the graphics slots ${lanes} PCIe lanes; split evenly, ${plural(ix.gpuCount, "GPU")} would run at ${describe(widths)}, but ${boardText}`;
  if (lanes < ix.gpuCount) {
    const msg = `${head}. Some GPUs would hang off slower chipset lanes: this needs a workstation CPU with 40+ lanes.`;
    out.push(finding(RULE_IDS.dlPcieLanes, "warning", msg, involved));
  } else if (narrowest >= 8) {
    out.push(finding(RULE_IDS.dlPcieLanes, "note", `${head}. At best, ${X8_NOTE}.`, involved));
  } else {
    const msg = `${head}. Below x8, multi-GPU training slows noticeably; for 3-4 GPUs choose a HEDT/workstation CPU with 40+ lanes.`;
    out.push(finding(RULE_IDS.dlPcieLanes, "warning", msg, involved));
  }
}

export const checkPcieLanes: RuleGroup = ({ ix }, out) => {
  if (ix.gpuCount === 0) return;
  const boards = ix.parts.motherboard;
  if (boards.length === 1 && boards[0]!.specs.slotWiring) fromWiring(ix, boards[0]!, out);
  else fromCpuLanes(ix, out);
};
