import type { Severity } from "./types";

// Ids are part of the public contract (docs anchors, UI filters, saved reports): never rename one,
// add a new id instead.
export const RULE_IDS = {
  buildMissingParts: "build.missing-parts",
  buildMultipleParts: "build.multiple-parts",
  cpuSocket: "cpu.socket",
  cpuCoolerSocket: "cpu.cooler-socket",
  cpuCoolerMissing: "cpu.cooler-missing",
  cpuOverclocking: "cpu.overclocking",
  memoryTypeBoard: "memory.type-board",
  memoryTypeCpu: "memory.type-cpu",
  memorySlots: "memory.slots",
  memoryCapacityBoard: "memory.capacity-board",
  memoryCapacityCpu: "memory.capacity-cpu",
  memorySpeed: "memory.speed",
  caseBoardFormFactor: "case.board-form-factor",
  caseGpuLength: "case.gpu-length",
  caseCoolerHeight: "case.cooler-height",
  caseRadiator: "case.radiator",
  casePsuFormFactor: "case.psu-form-factor",
  slotsGpuCount: "slots.gpu-count",
  slotsGpuWidth: "slots.gpu-width",
  storageM2Slots: "storage.m2-slots",
  storageSataPorts: "storage.sata-ports",
  storageBays: "storage.bays",
  storageFormFactor: "storage.form-factor",
  psuWattage: "psu.wattage",
  psuGpuConnectors: "psu.gpu-connectors",
  dlRamVsVram: "dl.ram-vs-vram",
  dlCpuCores: "dl.cpu-cores",
  dlPcieLanes: "dl.pcie-lanes",
  dlGpuStacking: "dl.gpu-stacking",
  dlLegacyArchitecture: "dl.legacy-architecture",
  dlMixedArchitectures: "dl.mixed-architectures",
  specsIgnored: "specs.ignored",
  dlGpuSoftwareStack: "dl.gpu-software-stack",
} as const;

export type RuleId = (typeof RULE_IDS)[keyof typeof RULE_IDS];

export interface RuleInfo {
  id: RuleId;
  /** Severities the rule can emit; every rule can also emit a "could not check" note. */
  severities: readonly Severity[];
  summary: string;
}

export const RULES: readonly RuleInfo[] = [
  { id: RULE_IDS.buildMissingParts, severities: ["note"], summary: "Essential parts not chosen yet" },
  { id: RULE_IDS.buildMultipleParts, severities: ["warning", "note"], summary: "More than one board, case, CPU or PSU" },
  { id: RULE_IDS.cpuSocket, severities: ["error"], summary: "CPU socket matches the motherboard socket" },
  { id: RULE_IDS.cpuCoolerSocket, severities: ["error"], summary: "Cooler supports the CPU socket" },
  { id: RULE_IDS.cpuCoolerMissing, severities: ["warning"], summary: "CPU without bundled cooler and no cooler" },
  { id: RULE_IDS.cpuOverclocking, severities: ["note"], summary: "Unlocked CPU vs overclocking chipset" },
  { id: RULE_IDS.memoryTypeBoard, severities: ["error"], summary: "Memory type matches the motherboard" },
  { id: RULE_IDS.memoryTypeCpu, severities: ["error"], summary: "Memory type supported by the CPU" },
  { id: RULE_IDS.memorySlots, severities: ["error"], summary: "Memory modules fit the board's slots" },
  { id: RULE_IDS.memoryCapacityBoard, severities: ["error"], summary: "Total memory within the board maximum" },
  { id: RULE_IDS.memoryCapacityCpu, severities: ["error"], summary: "Total memory within the CPU maximum" },
  { id: RULE_IDS.memorySpeed, severities: ["note"], summary: "Kit speed above the stock CPU/board speed" },
  { id: RULE_IDS.caseBoardFormFactor, severities: ["error"], summary: "Motherboard form factor fits the case" },
  { id: RULE_IDS.caseGpuLength, severities: ["error"], summary: "GPU length within case clearance" },
  { id: RULE_IDS.caseCoolerHeight, severities: ["error"], summary: "Air cooler height within case clearance" },
  { id: RULE_IDS.caseRadiator, severities: ["error"], summary: "Radiator size supported by the case" },
  { id: RULE_IDS.casePsuFormFactor, severities: ["error", "note"], summary: "PSU form factor fits the case" },
  { id: RULE_IDS.slotsGpuCount, severities: ["error"], summary: "GPU count within the board's x16 slots" },
  { id: RULE_IDS.slotsGpuWidth, severities: ["error", "warning", "note"], summary: "GPU slot widths fit the case's expansion slots" },
  { id: RULE_IDS.storageM2Slots, severities: ["error"], summary: "M.2 drives within the board's M.2 slots" },
  { id: RULE_IDS.storageSataPorts, severities: ["error", "note"], summary: "SATA drives within the board's SATA ports" },
  { id: RULE_IDS.storageBays, severities: ["error", "note"], summary: "3.5\" and 2.5\" drives within the case's bays" },
  { id: RULE_IDS.storageFormFactor, severities: ["note"], summary: "Drives that need a PCIe slot or U.2 port" },
  { id: RULE_IDS.psuWattage, severities: ["error", "warning"], summary: "PSU wattage vs estimated load and headroom" },
  { id: RULE_IDS.psuGpuConnectors, severities: ["error", "note"], summary: "PSU provides the GPUs' power plugs" },
  { id: RULE_IDS.dlRamVsVram, severities: ["warning", "note"], summary: "System RAM at least total VRAM (2x comfortable)" },
  { id: RULE_IDS.dlCpuCores, severities: ["warning", "note"], summary: "At least one core (two threads) per GPU" },
  { id: RULE_IDS.dlPcieLanes, severities: ["warning", "note"], summary: "CPU PCIe lanes per GPU" },
  { id: RULE_IDS.dlGpuStacking, severities: ["warning"], summary: "Three or more stacked open-air GPUs" },
  { id: RULE_IDS.dlLegacyArchitecture, severities: ["warning", "note"], summary: "GPU architecture dropped by frameworks" },
  { id: RULE_IDS.dlMixedArchitectures, severities: ["note"], summary: "Mixed GPU architectures or vendors" },
  { id: RULE_IDS.specsIgnored, severities: ["note"], summary: "Stored spec values outside their plausible range, read as unknown" },
  { id: RULE_IDS.dlGpuSoftwareStack, severities: ["warning", "note"], summary: "AMD/Intel GPU on the setup script's supported list (ROCm)" },
];
