import type { BuildIndex } from "../build-index";
import { finding, num, plural, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

// Rules of thumb from the facts file, section 4 (Dettmers' hardware guide; d2l.ai).

function checkRamVsVram(ix: BuildIndex, out: Finding[]): void {
  const kits = ix.parts.memory;
  const gpus = ix.parts.gpu;
  if (kits.length === 0) return;
  const involved = [...kits, ...gpus];
  const ram = ix.memoryGb.value;
  const vram = ix.vramGb.value;
  if (ix.memoryGb.unknown.length > 0 || ix.vramGb.unknown.length > 0) {
    const missing = [
      ...ix.memoryGb.unknown.map((k) => `the capacity of ${k.name}`),
      ...ix.vramGb.unknown.map((g) => `the VRAM of ${g.name}`),
    ];
    out.push(unknownNote(RULE_IDS.dlRamVsVram, "system RAM against GPU memory", missing, involved));
  } else if (ram < vram) {
    const [ramGb, vramGb, twiceGb] = [num(ram), num(vram), num(2 * vram)];
    const msg = `System RAM (${ramGb} GB) is less than the GPUs' total VRAM (${vramGb} GB): data loading and checkpoints stage through RAM, so aim for at least ${vramGb} GB (${twiceGb} GB is comfortable).`;
    out.push(finding(RULE_IDS.dlRamVsVram, "warning", msg, involved));
  } else if (ram < 2 * vram) {
    const [ramGb, vramGb, twiceGb] = [num(ram), num(vram), num(2 * vram)];
    const msg = `System RAM (${ramGb} GB) covers the GPUs' ${vramGb} GB of VRAM but not twice it; ${twiceGb} GB is the comfortable size.`;
    out.push(finding(RULE_IDS.dlRamVsVram, "note", msg, involved));
  }
}

function checkCpuCores(ix: BuildIndex, out: Finding[]): void {
  const cpus = ix.parts.cpu;
  if (cpus.length === 0) return;
  const involved = [...cpus, ...ix.parts.gpu];
  let cores = 0;
  let threads = 0;
  const missing: string[] = [];
  for (const cpu of cpus) {
    const { cores: c, threads: t } = cpu.specs;
    if (c === undefined) missing.push(`the core count of ${cpu.name}`);
    else {
      cores += c * cpu.qty;
      // Unknown threads: assume no SMT, the cautious reading.
      threads += (t ?? c) * cpu.qty;
    }
  }
  const cpuName = cpus.map(qtyName).join(" + ");
  const gpus = plural(ix.gpuCount, "GPU");
  if (missing.length > 0) {
    out.push(unknownNote(RULE_IDS.dlCpuCores, `whether there is a CPU core per GPU`, missing, involved));
  } else if (cores < ix.gpuCount) {
    const msg = `${cpuName} has ${plural(cores, "core")} for ${gpus}: data loading needs at least one core per GPU, or the GPUs wait for input.`;
    out.push(finding(RULE_IDS.dlCpuCores, "warning", msg, involved));
  } else if (threads < 2 * ix.gpuCount) {
    const msg = `${cpuName} has ${plural(threads, "thread")} for ${gpus}: two threads per GPU keep data loading ahead.`;
    out.push(finding(RULE_IDS.dlCpuCores, "note", msg, involved));
  }
}

// Facts section 4: adjacent open-air cards breathe each other's exhaust, so two already count.
const STACK_LIMIT = 2;

function checkStacking(ix: BuildIndex, out: Finding[]): void {
  if (ix.gpuCount < STACK_LIMIT) return;
  const gpus = ix.parts.gpu;
  const openAir = gpus.filter((g) => g.specs.cooling === "open-air");
  const unknown = gpus.filter((g) => g.specs.cooling === undefined);
  const nOpen = openAir.reduce((n, g) => n + g.qty, 0);
  const nUnknown = unknown.reduce((n, g) => n + g.qty, 0);
  if (nOpen >= STACK_LIMIT) {
    const msg = `${openAir.map(qtyName).join(" + ")}: ${nOpen} open-air GPUs side by side breathe each other's exhaust and can throttle by about 30%; leave at least one empty slot between cards, use blower-style cards, or space them out (risers, open frame).`;
    out.push(finding(RULE_IDS.dlGpuStacking, "warning", msg, openAir));
  } else if (nOpen + nUnknown >= STACK_LIMIT && nUnknown > 0) {
    const missing = unknown.map((g) => `the cooler style of ${g.name}`);
    out.push(unknownNote(RULE_IDS.dlGpuStacking, `whether ${ix.gpuCount} stacked GPUs will throttle`, missing, gpus));
  }
}

export const checkDeepLearning: RuleGroup = ({ ix }, out) => {
  if (ix.gpuCount === 0) return;
  checkRamVsVram(ix, out);
  checkCpuCores(ix, out);
  checkStacking(ix, out);
};
