import { CATEGORY_LABELS, type Category } from "../parts/categories";
import type { Entry } from "./build-index";
import { joinList, num } from "./finding";
import type { FixContext, FixOutcome, FixRule } from "./fixes";
import { RULE_IDS, type RuleId } from "./rule-ids";
import { LARGEST_COMMON_PSU_W } from "./rules/psu-wattage-rules";
import type { Finding, PartFix } from "./types";

// How to fix each rule's errors and warnings, in one place (docs/compatibility.md#fixes). `advice`
// is left out where the rule's own message already says what to do; a `fix` is a picker query
// whose results fix the finding (the picker adds the compatible-only check on top).

const partFix = (category: Category, filters: Record<string, string | number>, label: string, replaces?: Entry): PartFix => ({
  category,
  filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)])),
  label,
  ...(replaces ? { replacesItemId: replaces.id } : {}),
});

/** The one part of a category to replace; none when the build has several (which to swap is the user's call). */
const only = <T>(entries: readonly T[]): T | undefined => (entries.length === 1 ? entries[0] : undefined);

const psuFix = (c: FixContext, label = `Choose a power supply of at least ${c.power.recommendedPsuW} W`): PartFix =>
  partFix("psu", { wattage: c.power.recommendedPsuW }, label, only(c.ix.parts.psu));

function cpuSocket(f: Finding, c: FixContext): FixOutcome {
  const cpu = c.of("cpu")[0];
  const board = c.of("motherboard")[0];
  const [want, have] = [cpu?.specs.socket, board?.specs.socket];
  if (!want || !have) return {};
  return {
    advice: `Choose a motherboard with socket ${want}, or a CPU for socket ${have}.`,
    fix: partFix("motherboard", { socket: want }, `Choose a motherboard for ${want}`, board),
  };
}

function coolerSocket(f: Finding, c: FixContext): FixOutcome {
  const cooler = c.of("cpu-cooler")[0];
  const socket = c.of("cpu")[0]?.specs.socket ?? c.of("motherboard")[0]?.specs.socket;
  if (!socket) return {};
  return {
    advice: `Choose a cooler that lists ${socket}, or a mounting kit for ${socket} from the cooler's maker.`,
    fix: partFix("cpu-cooler", { sockets: socket }, `Choose a cooler for ${socket}`, cooler),
  };
}

function coolerMissing(f: Finding, c: FixContext): FixOutcome {
  const socket = c.of("cpu")[0]?.specs.socket;
  return { fix: partFix("cpu-cooler", socket ? { sockets: socket } : {}, socket ? `Add a cooler for ${socket}` : "Add a CPU cooler") };
}

function memoryTypeBoard(f: Finding, c: FixContext): FixOutcome {
  const kit = c.of("memory")[0];
  const boardType = c.of("motherboard")[0]?.specs.memoryType;
  if (!kit?.specs.type || !boardType) return {};
  return {
    advice: `Choose ${boardType} memory, or a board that takes ${kit.specs.type}.`,
    fix: partFix("memory", { type: boardType }, `Choose ${boardType} memory`, kit),
  };
}

function memoryTypeCpu(f: Finding, c: FixContext): FixOutcome {
  const kit = c.of("memory")[0];
  const types = c.of("cpu")[0]?.specs.memoryTypes ?? [];
  if (types.length === 0) return {};
  const boardType = only(c.ix.parts.motherboard)?.specs.memoryType;
  const target = boardType && types.includes(boardType) ? boardType : only(types);
  return {
    advice: `Choose ${joinList(types, "or")} memory.`,
    ...(target ? { fix: partFix("memory", { type: target }, `Choose ${target} memory`, kit) } : {}),
  };
}

const memorySlots: FixRule = (f, c) => {
  const slots = c.of("motherboard")[0]?.specs.memorySlots;
  return { advice: `Use at most ${slots ?? "as many"} modules (fewer, larger ones for the same capacity), or a board with more memory slots.` };
};

const memoryCapacity = (holder: "motherboard" | "cpu"): FixRule => (f, c) => {
  const max = c.of(holder)[0]?.specs.maxMemoryGb;
  const total = max === undefined ? undefined : max * (holder === "cpu" ? c.ix.cpuCount : 1);
  const within = total === undefined ? "less memory" : `at most ${total} GB of memory in total`;
  return { advice: `Use ${within}, or a ${holder === "cpu" ? "CPU" : "board"} that supports more.` };
};

function caseBoard(f: Finding, c: FixContext): FixOutcome {
  const board = c.of("motherboard")[0]?.specs.formFactor;
  const pcCase = c.of("case")[0];
  const takes = pcCase?.specs.motherboardFormFactors ?? [];
  if (!board || !pcCase) return {};
  return {
    advice: `Choose a case that takes ${board} boards${takes.length > 0 ? `, or a ${joinList(takes, "or")} board` : ""}.`,
    fix: partFix("case", { motherboardFormFactors: board }, `Choose a case for ${board} boards`, pcCase),
  };
}

function gpuLength(f: Finding, c: FixContext): FixOutcome {
  const max = c.of("case")[0]?.specs.maxGpuLengthMm;
  // The new case has to take every GPU in the build, not only the one in this finding.
  const longest = Math.max(...c.ix.parts.gpu.map((g) => g.specs.lengthMm ?? 0));
  if (max === undefined || longest <= 0) return {};
  const need = Math.ceil(longest);
  return {
    advice: `Choose a case with at least ${need} mm of GPU clearance, or a GPU of at most ${num(max)} mm.`,
    fix: partFix("case", { maxGpuLengthMm: need }, `Choose a case that fits ${need} mm GPUs`, c.of("case")[0]),
  };
}

function coolerHeight(f: Finding, c: FixContext): FixOutcome {
  const max = c.of("case")[0]?.specs.maxCpuCoolerHeightMm;
  if (max === undefined) return {};
  const fits = Math.floor(max);
  return {
    advice: `Choose a cooler at most ${fits} mm tall, or a case with more room above the CPU.`,
    fix: partFix("cpu-cooler", { heightMm: fits }, `Choose a cooler up to ${fits} mm tall`, c.of("cpu-cooler")[0]),
  };
}

const radiator: FixRule = (f, c) => ({
  advice: "Choose a cooler whose radiator size the case lists, or an air cooler that fits.",
  fix: partFix("cpu-cooler", {}, "Choose a cooler that fits this case", c.of("cpu-cooler")[0]),
});

function casePsu(f: Finding, c: FixContext): FixOutcome {
  const takes = c.of("case")[0]?.specs.psuFormFactors ?? [];
  const psu = c.of("psu")[0];
  if (takes.length === 0 || !psu) return {};
  const target = takes.includes("ATX") ? "ATX" : takes[0]!;
  return {
    advice: `Choose a ${joinList(takes, "or")} power supply, or a case that takes ${psu.specs.formFactor ?? "this one"}.`,
    fix: partFix("psu", { formFactor: target, wattage: c.power.recommendedPsuW }, `Choose a power supply that fits (${target})`, psu),
  };
}

function gpuCount(f: Finding, c: FixContext): FixOutcome {
  const board = c.of("motherboard")[0];
  const slots = board?.specs.pcieX16Slots;
  return {
    advice: `Use at most ${slots ?? "as many"} GPUs on this board, or a board with at least ${c.ix.gpuCount} x16 slots.`,
    fix: partFix("motherboard", { pcieX16Slots: c.ix.gpuCount }, `Choose a board with ${c.ix.gpuCount}+ x16 slots`, board),
  };
}

function gpuWidth(f: Finding, c: FixContext): FixOutcome {
  const pcCase = c.of("case")[0];
  if (!pcCase) return { advice: "Choose a larger board (ATX has 7 slot positions, XL-ATX 8), slimmer GPUs, or risers." };
  let need = 0;
  for (const gpu of c.ix.parts.gpu) need += Math.ceil(gpu.specs.slotWidth ?? 1) * gpu.qty;
  return {
    advice: `Choose a case with at least ${need} expansion slots, or slimmer GPUs.`,
    fix: partFix("case", { expansionSlots: need }, `Choose a case with ${need}+ expansion slots`, pcCase),
  };
}

const drives = (what: string, more: string): FixRule => () => ({ advice: `Use fewer ${what}, or ${more}.` });

const psuWattage: FixRule = (f, c) => {
  // Past the largest common unit the message says to cap the GPUs or split the load: no part fixes it.
  if (c.power.recommendedAtx3PsuW > LARGEST_COMMON_PSU_W) return {};
  return {
    // The error's message already names the wattage to choose; the warning's does not.
    ...(f.severity === "warning" ? { advice: `Choose a power supply of at least ${c.power.recommendedPsuW} W.` } : {}),
    fix: psuFix(c),
  };
};

const gpuConnectors: FixRule = (f, c) => ({
  advice: "Choose a power supply with enough PCIe 8-pin plugs (or native 12V-2x6 cables) for the GPUs.",
  fix: psuFix(c, "Choose a power supply with enough GPU plugs"),
});

const ramVsVram: FixRule = (f, c) => {
  const vram = Math.ceil(c.ix.vramGb.value);
  return { fix: partFix("memory", { kitGb: vram }, `Choose a memory kit of at least ${vram} GB`, only(c.ix.parts.memory)) };
};

const cpuCores: FixRule = (f, c) => ({
  advice: `Choose a CPU with at least ${c.ix.gpuCount} cores.`,
  fix: partFix("cpu", { cores: c.ix.gpuCount }, `Choose a CPU with ${c.ix.gpuCount}+ cores`, only(c.ix.parts.cpu)),
});

const legacyArchitecture: FixRule = (f, c) => ({
  // The message says how to keep using the card; the part choice is a card current wheels support.
  fix: partFix("gpu", { computeCapability: "7.5" }, "Choose a Turing or newer GPU", c.of("gpu")[0]),
});

const multipleParts: FixRule = (f, c) => {
  const category = (["motherboard", "case"] as const).find((k) => c.of(k).length > 0);
  return { advice: `Remove all but one ${category ? CATEGORY_LABELS[category].toLowerCase() : "of them"}.` };
};

/** Every rule id that can emit an error or a warning has an entry (a test checks). */
export const FIX_ADVICE: Partial<Record<RuleId, FixRule>> = {
  [RULE_IDS.buildMultipleParts]: multipleParts,
  [RULE_IDS.cpuSocket]: cpuSocket,
  [RULE_IDS.cpuCoolerSocket]: coolerSocket,
  [RULE_IDS.cpuCoolerMissing]: coolerMissing,
  [RULE_IDS.memoryTypeBoard]: memoryTypeBoard,
  [RULE_IDS.memoryTypeCpu]: memoryTypeCpu,
  [RULE_IDS.memorySlots]: memorySlots,
  [RULE_IDS.memoryCapacityBoard]: memoryCapacity("motherboard"),
  [RULE_IDS.memoryCapacityCpu]: memoryCapacity("cpu"),
  [RULE_IDS.caseBoardFormFactor]: caseBoard,
  [RULE_IDS.caseGpuLength]: gpuLength,
  [RULE_IDS.caseCoolerHeight]: coolerHeight,
  [RULE_IDS.caseRadiator]: radiator,
  [RULE_IDS.casePsuFormFactor]: casePsu,
  [RULE_IDS.slotsGpuCount]: gpuCount,
  [RULE_IDS.slotsGpuWidth]: gpuWidth,
  [RULE_IDS.storageM2Slots]: drives("M.2 drives (SATA or a PCIe adapter card can take the rest)", "a board with more M.2 slots"),
  [RULE_IDS.storageSataPorts]: drives("SATA drives (M.2 NVMe SSDs use no SATA port)", "a board with more SATA ports"),
  [RULE_IDS.storageBays]: drives("3.5\" and 2.5\" drives (M.2 SSDs need no bay)", "a case with more drive bays"),
  [RULE_IDS.psuWattage]: psuWattage,
  [RULE_IDS.psuGpuConnectors]: gpuConnectors,
  [RULE_IDS.dlRamVsVram]: ramVsVram,
  [RULE_IDS.dlCpuCores]: cpuCores,
  // The message itself says what to do: a CPU with 40+ lanes.
  [RULE_IDS.dlPcieLanes]: () => ({}),
  // The message itself says what to do: blower cards, spacing, risers.
  [RULE_IDS.dlGpuStacking]: () => ({}),
  [RULE_IDS.dlLegacyArchitecture]: legacyArchitecture,
  [RULE_IDS.dlGpuSoftwareStack]: () => ({ advice: "To train on a GPU, choose one on ROCm's supported list or an NVIDIA card." }),
  [RULE_IDS.gpuModuleForm]: (f, c) => ({
    // The message names the PCIe card to choose where the module has one.
    ...(/\bchoose\b/.test(f.message) ? {} : { advice: "Choose a PCIe GPU instead." }),
    fix: partFix("gpu", {}, "Choose a PCIe GPU instead", c.of("gpu")[0]),
  }),
  // The message itself says what to do: a server chassis or a blower shroud per card.
  [RULE_IDS.gpuPassiveCooling]: () => ({}),
  [RULE_IDS.memoryRegistered]: (f) => ({
    // "Choose RDIMMs ..." is in the message for an RDIMM board; the other case needs its way out.
    ...(/\bChoose\b/.test(f.message) ? {} : { advice: "Choose unbuffered memory (DIMMs) for this board." }),
  }),
  // The message itself says what to do: cap the GPUs, a second PSU on another circuit, or a higher-rated circuit.
  [RULE_IDS.psuWallCircuit]: () => ({}),
};
