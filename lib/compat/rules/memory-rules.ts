import type { BuildIndex, Entry } from "../build-index";
import { finding, plural, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

function checkTypes(ix: BuildIndex, out: Finding[]): void {
  for (const kit of ix.parts.memory) {
    const type = kit.specs.type;
    for (const board of ix.parts.motherboard) {
      const boardType = board.specs.memoryType;
      if (type === undefined || boardType === undefined) {
        const missing = [type === undefined ? `the type of ${kit.name}` : `the memory type of ${board.name}`];
        if (type === undefined && boardType === undefined) missing.push(`the memory type of ${board.name}`);
        out.push(unknownNote(RULE_IDS.memoryTypeBoard, `whether ${kit.name} fits ${board.name}`, missing, [kit, board]));
      } else if (type !== boardType) {
        const msg = `${kit.name} is ${type}, but ${board.name} takes ${boardType}.`;
        out.push(finding(RULE_IDS.memoryTypeBoard, "error", msg, [kit, board]));
      }
    }
    for (const cpu of ix.parts.cpu) {
      const cpuTypes = cpu.specs.memoryTypes;
      if (type === undefined || cpuTypes === undefined) {
        const missing = [type === undefined ? `the type of ${kit.name}` : `the memory support of ${cpu.name}`];
        if (type === undefined && cpuTypes === undefined) missing.push(`the memory support of ${cpu.name}`);
        out.push(unknownNote(RULE_IDS.memoryTypeCpu, `whether ${cpu.name} supports ${kit.name}`, missing, [kit, cpu]));
      } else if (!cpuTypes.includes(type)) {
        const msg = `${kit.name} is ${type}, but ${cpu.name} supports only ${cpuTypes.join(" and ")}.`;
        out.push(finding(RULE_IDS.memoryTypeCpu, "error", msg, [kit, cpu]));
      }
    }
  }
}

function kitNames(kits: readonly Entry[]): string {
  return kits.map(qtyName).join(" + ");
}

function checkSlots(ix: BuildIndex, out: Finding[]): void {
  const kits = ix.parts.memory;
  const { value: modules, unknown } = ix.memoryModules;
  for (const board of ix.parts.motherboard) {
    const slots = board.specs.memorySlots;
    if (slots !== undefined && modules > slots) {
      const msg = `${kitNames(kits)} ${modules === 1 ? "is" : "are"} ${plural(modules, "module")}, but ${board.name} has ${plural(slots, "memory slot")}.`;
      out.push(finding(RULE_IDS.memorySlots, "error", msg, [...kits, board]));
    } else if (slots === undefined || unknown.length > 0) {
      const missing = unknown.map((k) => `the module count of ${k.name}`);
      if (slots === undefined) missing.push(`the number of memory slots of ${board.name}`);
      out.push(unknownNote(RULE_IDS.memorySlots, "whether the memory modules fit", missing, [...kits, board]));
    }
  }
}

function checkCapacity(ix: BuildIndex, out: Finding[]): void {
  const kits = ix.parts.memory;
  const { value: totalGb, unknown } = ix.memoryGb;
  const unknownKits = unknown.map((k) => `the capacity of ${k.name}`);
  const limits = [
    ...ix.parts.motherboard.map((b) => ({ ruleId: RULE_IDS.memoryCapacityBoard, part: b as Entry, maxGb: b.specs.maxMemoryGb, per: 1 })),
    // Dual-socket systems add each CPU's memory controller.
    ...ix.parts.cpu.map((c) => ({ ruleId: RULE_IDS.memoryCapacityCpu, part: c as Entry, maxGb: c.specs.maxMemoryGb, per: ix.cpuCount })),
  ];
  for (const { ruleId, part, maxGb, per } of limits) {
    if (maxGb !== undefined && totalGb > maxGb * per) {
      const msg = `${kitNames(kits)} total ${totalGb} GB, but ${part.name} supports at most ${maxGb * per} GB.`;
      out.push(finding(ruleId, "error", msg, [...kits, part]));
    } else if (maxGb === undefined || unknown.length > 0) {
      const missing = maxGb === undefined ? [...unknownKits, `the maximum memory of ${part.name}`] : unknownKits;
      out.push(unknownNote(ruleId, `the memory total against ${part.name}`, missing, [...kits, part]));
    }
  }
}

function checkSpeed(ix: BuildIndex, out: Finding[]): void {
  const limits = [
    ...ix.parts.cpu.map((c) => ({ part: c as Entry, mts: c.specs.memorySpeedMts, board: false })),
    ...ix.parts.motherboard.map((b) => ({ part: b as Entry, mts: b.specs.memorySpeedMaxMts, board: true })),
  ];
  for (const kit of ix.parts.memory) {
    const speed = kit.specs.speedMts;
    for (const { part, mts, board } of limits) {
      if (speed === undefined || mts === undefined) {
        const missing = speed === undefined ? [`the speed of ${kit.name}`] : [];
        if (mts === undefined) missing.push(`the memory speed ${part.name} supports`);
        out.push(unknownNote(RULE_IDS.memorySpeed, `the speed of ${kit.name} against ${part.name}`, missing, [kit, part]));
      } else if (speed > mts) {
        const msg = board
          ? `${kit.name} is rated ${speed} MT/s, but ${part.name} lists memory only up to ${mts} MT/s: the kit will run at ${mts} MT/s or less.`
          : `${part.name} runs memory at up to ${mts} MT/s without overclocking; ${kit.name} reaches its ${speed} MT/s only with its XMP/EXPO profile, which overclocks the memory controller (usually stable, not guaranteed).`;
        out.push(finding(RULE_IDS.memorySpeed, "note", msg, [kit, part]));
      }
    }
  }
}

export const checkMemory: RuleGroup = ({ ix }, out) => {
  if (ix.parts.memory.length === 0) return;
  checkTypes(ix, out);
  checkSlots(ix, out);
  checkCapacity(ix, out);
  checkSpeed(ix, out);
};
