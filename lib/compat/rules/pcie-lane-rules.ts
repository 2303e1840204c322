import { finding, plural, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

/**
 * Mainstream desktop CPUs (under 32 lanes) wire 16 lanes to the graphics slots and the rest to
 * an M.2 slot and the chipset; HEDT and workstation CPUs expose (nearly) all of theirs.
 */
const HEDT_MIN_LANES = 32;
const MAX_WIDTH = 16;

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

export const checkPcieLanes: RuleGroup = ({ ix }, out) => {
  const cpus = ix.parts.cpu;
  if (ix.gpuCount === 0 || cpus.length === 0) return;
  const involved = [...cpus, ...ix.parts.gpu];
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
  const head = `${cpus.map(qtyName).join(" + ")} gives the graphics slots ${lanes} PCIe lanes, so ${plural(ix.gpuCount, "GPU")} run at ${describe(widths)}`;
  if (lanes < ix.gpuCount) {
    const msg = `${head} at best, and some hang off slower chipset lanes: this needs a workstation CPU with 40+ lanes.`;
    out.push(finding(RULE_IDS.dlPcieLanes, "warning", msg, involved));
  } else if (narrowest >= 8) {
    out.push(finding(RULE_IDS.dlPcieLanes, "note", `${head}: a GPU at x8 loses at most about 10% in training.`, involved));
  } else {
    const msg = `${head}: below x8, multi-GPU training slows noticeably; for 3-4 GPUs choose a HEDT/workstation CPU with 40+ lanes.`;
    out.push(finding(RULE_IDS.dlPcieLanes, "warning", msg, involved));
  }
};
