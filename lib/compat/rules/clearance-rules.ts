import type { Entry } from "../build-index";
import { finding, num, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

type Case = Entry<"case">;
type Cooler = Entry<"cpu-cooler">;

function checkGpuLength(pcCase: Case, gpu: Entry<"gpu">, out: Finding[]): void {
  const max = pcCase.specs.maxGpuLengthMm;
  const length = gpu.specs.lengthMm;
  if (max === undefined || length === undefined) {
    const missing: string[] = [];
    if (length === undefined) missing.push(`the length of ${gpu.name}`);
    if (max === undefined) missing.push(`the GPU clearance of ${pcCase.name}`);
    out.push(unknownNote(RULE_IDS.caseGpuLength, `whether ${gpu.name} fits ${pcCase.name}`, missing, [gpu, pcCase]));
  } else if (length > max) {
    const msg = `${pcCase.name} fits GPUs up to ${num(max)} mm; ${gpu.name} is ${num(length)} mm.`;
    out.push(finding(RULE_IDS.caseGpuLength, "error", msg, [gpu, pcCase]));
  }
}

function checkCoolerHeight(pcCase: Case, cooler: Cooler, out: Finding[]): void {
  const max = pcCase.specs.maxCpuCoolerHeightMm;
  const height = cooler.specs.heightMm;
  if (max === undefined || height === undefined) {
    const missing: string[] = [];
    if (height === undefined) missing.push(`the height of ${cooler.name}`);
    if (max === undefined) missing.push(`the cooler clearance of ${pcCase.name}`);
    out.push(unknownNote(RULE_IDS.caseCoolerHeight, `whether ${cooler.name} fits ${pcCase.name}`, missing, [cooler, pcCase]));
  } else if (height > max) {
    const msg = `${pcCase.name} fits CPU coolers up to ${num(max)} mm tall; ${cooler.name} is ${num(height)} mm.`;
    out.push(finding(RULE_IDS.caseCoolerHeight, "error", msg, [cooler, pcCase]));
  }
}

/** Radiators come in multiples of 120 mm or 140 mm fans; a longer mount of the same fan size takes a shorter one. */
function fanStep(mm: number): number | null {
  if (mm % 140 === 0) return 140;
  if (mm % 120 === 0) return 120;
  return null;
}

function radiatorFits(radiatorMm: number, supported: readonly number[]): boolean {
  const step = fanStep(radiatorMm);
  return supported.some((s) => s === radiatorMm || (step !== null && fanStep(s) === step && s > radiatorMm));
}

function checkRadiator(pcCase: Case, cooler: Cooler, out: Finding[]): void {
  const supported = pcCase.specs.radiatorSupportMm;
  const radiator = cooler.specs.radiatorMm;
  if (supported === undefined || radiator === undefined) {
    const missing: string[] = [];
    if (radiator === undefined) missing.push(`the radiator size of ${cooler.name}`);
    if (supported === undefined) missing.push(`the radiator support of ${pcCase.name}`);
    out.push(unknownNote(RULE_IDS.caseRadiator, `whether ${cooler.name} fits ${pcCase.name}`, missing, [cooler, pcCase]));
  } else if (!radiatorFits(radiator, supported)) {
    const listed = supported.length > 0 ? `supports ${supported.join(", ")} mm radiators` : "has no radiator mount";
    const msg = `${pcCase.name} ${listed}; ${cooler.name} has a ${radiator} mm radiator.`;
    out.push(finding(RULE_IDS.caseRadiator, "error", msg, [cooler, pcCase]));
  }
}

export const checkClearances: RuleGroup = ({ ix }, out) => {
  for (const pcCase of ix.parts.case) {
    for (const gpu of ix.parts.gpu) checkGpuLength(pcCase, gpu, out);
    for (const cooler of ix.parts["cpu-cooler"]) {
      // A liquid cooler's block is low; what must fit is the radiator. Unknown type: check height.
      const { type, radiatorMm } = cooler.specs;
      if (type === "liquid" || (type === undefined && radiatorMm !== undefined)) checkRadiator(pcCase, cooler, out);
      else checkCoolerHeight(pcCase, cooler, out);
    }
  }
};
