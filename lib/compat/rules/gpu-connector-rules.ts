import type { Entry } from "../build-index";
import { finding, plural, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

/** PCIe CEM rating of one 8-pin plug. */
const PCIE_8PIN_W = 150;

/**
 * A 16-pin (12VHPWR / 12V-2x6) input without a native PSU plug is fed by the card's adapter:
 * NVIDIA's takes 3 plugs for 450 W and 4 for 600 W, so plugs = board power / 150 W, 2 to 4.
 */
function adapterPlugs(gpu: Entry<"gpu">, inputs: number): number {
  const watts = gpu.specs.boardPowerW;
  if (watts === undefined) return 4;
  return Math.min(4, Math.max(2, Math.ceil(watts / inputs / PCIE_8PIN_W)));
}

/** 16-pin inputs that cost the same number of 8-pin plugs when fed by an adapter. */
interface InputGroup {
  plugsEach: number;
  count: number;
}

interface Needs {
  plugs8: number;
  /** 16-pin inputs grouped by adapter cost, largest cost first. */
  inputs16: InputGroup[];
  eps8: number;
  unknown: Entry[];
}

// Counted, never listed one by one: the count is connectors x quantity, and work must not grow
// with it (lib/parts/specs.ts bounds it too).
function gpuNeeds(gpus: readonly Entry<"gpu">[]): Needs {
  const needs: Needs = { plugs8: 0, inputs16: [], eps8: 0, unknown: [] };
  for (const gpu of gpus) {
    const pc = gpu.specs.powerConnectors;
    if (pc === undefined) {
      needs.unknown.push(gpu);
      continue;
    }
    // A 6+2 plug serves a 6-pin input too; a listed connector set omits the types it lacks.
    needs.plugs8 += ((pc.pin6 ?? 0) + (pc.pin8 ?? 0)) * gpu.qty;
    const per16 = pc.pin16 ?? 0;
    if (per16 > 0) needs.inputs16.push({ plugsEach: adapterPlugs(gpu, per16), count: per16 * gpu.qty });
    needs.eps8 += (pc.eps8 ?? 0) * gpu.qty;
  }
  needs.inputs16.sort((a, b) => b.plugsEach - a.plugsEach);
  return needs;
}

/**
 * Native 16-pin plugs go to the inputs whose adapters would cost most; returns how many inputs
 * are left on adapters and what those adapters cost in 8-pin plugs.
 */
function adapted(groups: readonly InputGroup[], native: number): { inputs: number; plugs: number } {
  let free = native;
  let inputs = 0;
  let plugs = 0;
  for (const g of groups) {
    const served = Math.min(free, g.count);
    free -= served;
    inputs += g.count - served;
    plugs += (g.count - served) * g.plugsEach;
  }
  return { inputs, plugs };
}

function psuTotal(psus: readonly Entry<"psu">[], key: "pcie8" | "pin16" | "eps8"): number | undefined {
  let total = 0;
  for (const p of psus) {
    const n = p.specs.connectors?.[key];
    if (n === undefined) return undefined;
    total += n * p.qty;
  }
  return total;
}

function checkPcie(gpus: readonly Entry<"gpu">[], psus: readonly Entry<"psu">[], needs: Needs, out: Finding[]): void {
  const have8 = psuTotal(psus, "pcie8");
  const have16 = psuTotal(psus, "pin16");
  const { inputs: adaptedInputs, plugs: adapterCost } = adapted(needs.inputs16, have16 ?? 0);
  const need8 = needs.plugs8 + adapterCost;
  if (need8 === 0) return;
  const gpuName = gpus.map(qtyName).join(" + ");
  const psuName = psus.map(qtyName).join(" + ");
  const involved = [...gpus, ...psus];
  if (have8 === undefined || (need8 > have8 && have16 === undefined && adaptedInputs > 0)) {
    const missing = have8 === undefined ? [`the PCIe 8-pin plug count of ${psuName}`] : [`the native 16-pin plug count of ${psuName}`];
    out.push(unknownNote(RULE_IDS.psuGpuConnectors, `whether ${psuName} can power ${gpuName}`, missing, involved));
  } else if (need8 > have8) {
    const parts = [`${needs.plugs8} for 6/8-pin inputs`];
    if (adaptedInputs > 0) parts.push(`${adapterCost} for ${plural(adaptedInputs, "16-pin adapter")}`);
    const msg = `${gpuName} need ${need8} PCIe 8-pin plugs (${parts.join(", ")}); ${psuName} has ${have8}.`;
    out.push(finding(RULE_IDS.psuGpuConnectors, "error", msg, involved));
  } else if (adaptedInputs > 0) {
    const inputs = adaptedInputs === 1 ? "the 16-pin input" : `${adaptedInputs} 16-pin inputs`;
    const msg = `${psuName} has no native 12VHPWR/12V-2x6 plug for ${inputs}: the adapters use ${adapterCost} of its ${have8} PCIe 8-pin plugs.`;
    out.push(finding(RULE_IDS.psuGpuConnectors, "note", msg, involved));
  }
}

function checkEps(gpus: readonly Entry<"gpu">[], psus: readonly Entry<"psu">[], needs: Needs, out: Finding[]): void {
  if (needs.eps8 === 0) return;
  const haveEps = psuTotal(psus, "eps8");
  const psuName = psus.map(qtyName).join(" + ");
  // One EPS plug stays with the CPU.
  const needed = needs.eps8 + 1;
  if (haveEps === undefined) {
    out.push(unknownNote(RULE_IDS.psuGpuConnectors, `the EPS 8-pin plugs for the GPUs`, [`the EPS 8-pin plug count of ${psuName}`], [...gpus, ...psus]));
  } else if (haveEps < needed) {
    const msg = `The GPUs take ${plural(needs.eps8, "EPS 8-pin plug")} and the CPU at least one more (${needed}); ${psuName} has ${haveEps}.`;
    out.push(finding(RULE_IDS.psuGpuConnectors, "error", msg, [...gpus, ...psus]));
  }
}

export const checkGpuConnectors: RuleGroup = ({ ix }, out) => {
  const { gpu: gpus, psu: psus } = ix.parts;
  if (gpus.length === 0 || psus.length === 0) return;
  const needs = gpuNeeds(gpus);
  const known = gpus.filter((g) => !needs.unknown.includes(g));
  checkPcie(known, psus, needs, out);
  checkEps(known, psus, needs, out);
  for (const gpu of needs.unknown) {
    out.push(unknownNote(RULE_IDS.psuGpuConnectors, `whether the PSU can power ${gpu.name}`, [`its power connector list`], [gpu, ...psus]));
  }
};
