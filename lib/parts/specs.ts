import { z } from "zod";
import type { Category } from "./categories";

// Every spec is optional: an absent key means "unknown", never 0. Schemas are strict so a
// typo in a catalog file ("tdp" for "tdpW") fails loudly instead of silently becoming unknown.
const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().nonnegative();
const positive = z.number().positive();

export const MEMORY_TYPES = ["DDR3", "DDR4", "DDR5"] as const;
export const BOARD_FORM_FACTORS = ["E-ATX", "ATX", "Micro-ATX", "Mini-ITX", "SSI-EEB", "XL-ATX"] as const;
export const PSU_FORM_FACTORS = ["ATX", "SFX", "SFX-L", "TFX", "Server"] as const;
export const GPU_ARCHITECTURES = [
  "Kepler", "Maxwell", "Pascal", "Volta", "Turing", "Ampere", "Ada", "Hopper", "Blackwell",
  "RDNA", "RDNA2", "RDNA3", "RDNA4", "CDNA", "Alchemist", "Battlemage",
] as const;

export const cpuSpecs = z.strictObject({
  socket: z.string().min(1).optional(),
  microarchitecture: z.string().optional(),
  cores: positiveInt.optional(),
  threads: positiveInt.optional(),
  baseClockGhz: positive.optional(),
  boostClockGhz: positive.optional(),
  tdpW: positiveInt.optional(),
  bundledCooler: z.boolean().optional(),
  unlocked: z.boolean().optional(),
  integratedGraphics: z.boolean().optional(),
  memoryTypes: z.array(z.enum(MEMORY_TYPES)).min(1).optional(),
  maxMemoryGb: positiveInt.optional(),
  // Highest memory speed the vendor specifies without overclocking.
  memorySpeedMts: positiveInt.optional(),
  pcieLanes: positiveInt.optional(),
  pcieGen: positiveInt.optional(),
  // Sustained package limits (docs/compatibility.md, "CPU power"): Intel's Maximum Turbo Power
  // (PL2; ARK), AMD's Package Power Tracking limit (PPT). Bounds: no desktop or workstation
  // part's stock limit comes near 1000 W.
  pl2W: z.number().int().min(1).max(1000).optional(),
  pptW: z.number().int().min(1).max(1000).optional(),
});

export const cpuCoolerSpecs = z.strictObject({
  type: z.enum(["air", "liquid"]).optional(),
  sockets: z.array(z.string().min(1)).min(1).optional(),
  heightMm: positive.optional(),
  radiatorMm: positiveInt.optional(),
  fanCount: nonNegativeInt.optional(),
  tdpRatingW: positiveInt.optional(),
});

const slotName = z.string().trim().min(1).max(40);
const slotLanes = z.number().int().min(0).max(16);

/**
 * The x16-size slots (the ones a GPU fits) with their electrical lanes, PCIe generation and
 * whether the lanes come from the CPU or the chipset; `shares` lists the slots or M.2 sockets
 * that cut this slot's lanes when in use (0 = the slot is disabled). `m2` lists the M.2 sockets
 * so a planner can fill the ones that take no lanes from a GPU slot first. Unknown fields stay
 * absent: a board without the key has unknown wiring.
 */
export const slotWiringSpec = z.strictObject({
  slots: z
    .array(
      z.strictObject({
        name: slotName,
        lanes: z.number().int().min(1).max(16),
        gen: z.number().int().min(1).max(6).optional(),
        link: z.enum(["cpu", "chipset"]).optional(),
        shares: z.array(z.strictObject({ with: slotName, lanes: slotLanes })).max(8).optional(),
      }),
    )
    .min(1)
    .max(8),
  m2: z
    .array(z.strictObject({ name: slotName, gen: z.number().int().min(1).max(6).optional(), link: z.enum(["cpu", "chipset"]).optional() }))
    .max(8)
    .optional(),
  // True when the board has more x16-size slots than listed (their wiring is not known).
  partial: z.boolean().optional(),
  source: z.string().trim().min(1).max(400),
});

export const motherboardSpecs = z.strictObject({
  socket: z.string().min(1).optional(),
  chipset: z.string().min(1).optional(),
  formFactor: z.enum(BOARD_FORM_FACTORS).optional(),
  memoryType: z.enum(MEMORY_TYPES).optional(),
  memorySlots: positiveInt.optional(),
  maxMemoryGb: positiveInt.optional(),
  // Highest speed the board lists, usually with XMP/EXPO (overclocked) profiles.
  memorySpeedMaxMts: positiveInt.optional(),
  m2Slots: nonNegativeInt.optional(),
  sataPorts: nonNegativeInt.optional(),
  // Physical x16-length slots, and how many can run GPUs at once.
  pcieX16Slots: nonNegativeInt.optional(),
  pcieGen: positiveInt.optional(),
  // True when the chipset allows CPU multiplier overclocking (Intel Z-series, AMD X/B).
  overclocking: z.boolean().optional(),
  // Memory the board runs: ECC at all, and registered (RDIMM) rather than unbuffered DIMMs.
  ecc: z.boolean().optional(),
  registered: z.boolean().optional(),
  // Electrical wiring of the x16-size slots, from the manual (lib/compat/slot-wiring.ts).
  slotWiring: slotWiringSpec.optional(),
});

export const memorySpecs = z.strictObject({
  type: z.enum(MEMORY_TYPES).optional(),
  speedMts: positiveInt.optional(),
  modules: positiveInt.optional(),
  moduleGb: positiveInt.optional(),
  casLatency: positiveInt.optional(),
  formFactor: z.enum(["DIMM", "SO-DIMM", "RDIMM"]).optional(),
  ecc: z.boolean().optional(),
});

export const storageSpecs = z.strictObject({
  type: z.enum(["SSD", "HDD"]).optional(),
  interface: z.enum(["SATA", "NVMe", "SAS"]).optional(),
  formFactor: z.enum(["2.5", "3.5", "M.2-2230", "M.2-2242", "M.2-2280", "M.2-22110", "U.2", "AIC"]).optional(),
  capacityGb: positiveInt.optional(),
  pcieGen: positiveInt.optional(),
  seqReadMBps: positiveInt.optional(),
  seqWriteMBps: positiveInt.optional(),
  rpm: positiveInt.optional(),
});

export const gpuPowerConnectors = z.strictObject({
  pin6: nonNegativeInt.optional(),
  pin8: nonNegativeInt.optional(),
  // 16-pin 12VHPWR or its 12V-2x6 revision; the same plug for fit purposes.
  pin16: nonNegativeInt.optional(),
  // Data-centre boards (A100/H100 PCIe) take an 8-pin CPU/EPS-style input.
  eps8: nonNegativeInt.optional(),
});

export const gpuSpecs = z.strictObject({
  vendor: z.enum(["nvidia", "amd", "intel"]).optional(),
  chipset: z.string().min(1).optional(),
  architecture: z.enum(GPU_ARCHITECTURES).optional(),
  computeCapability: z.string().regex(/^\d+\.\d+$/).optional(),
  // Number of GPU dies on the board (a Tesla K80 carries two GK210).
  gpuDies: positiveInt.optional(),
  vramGb: positive.optional(),
  memoryType: z.string().optional(),
  bandwidthGBps: positive.optional(),
  fp32Tflops: positive.optional(),
  fp16TensorTflops: positive.optional(),
  boardPowerW: positiveInt.optional(),
  lengthMm: positive.optional(),
  slotWidth: positive.optional(),
  cooling: z.enum(["open-air", "blower", "passive", "liquid"]).optional(),
  pcieGen: positiveInt.optional(),
  powerConnectors: gpuPowerConnectors.optional(),
});

export const caseSpecs = z.strictObject({
  type: z.enum(["Full Tower", "Mid Tower", "Mini Tower", "Small Form Factor", "Open Frame", "Rackmount"]).optional(),
  motherboardFormFactors: z.array(z.enum(BOARD_FORM_FACTORS)).min(1).optional(),
  maxGpuLengthMm: positive.optional(),
  maxCpuCoolerHeightMm: positive.optional(),
  psuFormFactors: z.array(z.enum(PSU_FORM_FACTORS)).min(1).optional(),
  maxPsuLengthMm: positive.optional(),
  bays35: nonNegativeInt.optional(),
  bays25: nonNegativeInt.optional(),
  expansionSlots: nonNegativeInt.optional(),
  radiatorSupportMm: z.array(positiveInt).optional(),
  includedFans: nonNegativeInt.optional(),
});

export const psuSpecs = z.strictObject({
  wattage: positiveInt.optional(),
  efficiency: z.enum(["80+", "80+ Bronze", "80+ Silver", "80+ Gold", "80+ Platinum", "80+ Titanium"]).optional(),
  formFactor: z.enum(PSU_FORM_FACTORS).optional(),
  modular: z.enum(["full", "semi", "none"]).optional(),
  atxVersion: z.string().optional(),
  connectors: z
    .strictObject({
      // PCIe 6+2-pin plugs.
      pcie8: nonNegativeInt.optional(),
      // Native 12VHPWR / 12V-2x6 plugs.
      pin16: nonNegativeInt.optional(),
      eps8: nonNegativeInt.optional(),
      sata: nonNegativeInt.optional(),
    })
    .optional(),
});

export const caseFanSpecs = z.strictObject({
  sizeMm: positiveInt.optional(),
  // Fans in one retail pack.
  packCount: positiveInt.optional(),
  maxRpm: positiveInt.optional(),
  airflowCfm: positive.optional(),
  powerW: positive.optional(),
});

export const otherSpecs = z.strictObject({
  kind: z.string().optional(),
  powerW: nonNegativeInt.optional(),
});

export const SPEC_SCHEMAS = {
  cpu: cpuSpecs,
  "cpu-cooler": cpuCoolerSpecs,
  motherboard: motherboardSpecs,
  memory: memorySpecs,
  storage: storageSpecs,
  gpu: gpuSpecs,
  case: caseSpecs,
  psu: psuSpecs,
  "case-fan": caseFanSpecs,
  other: otherSpecs,
} as const satisfies Record<Category, z.ZodType>;

export type SpecsByCategory = { [C in Category]: z.infer<(typeof SPEC_SCHEMAS)[C]> };
export type CpuSpecs = SpecsByCategory["cpu"];
export type CpuCoolerSpecs = SpecsByCategory["cpu-cooler"];
export type MotherboardSpecs = SpecsByCategory["motherboard"];
export type MemorySpecs = SpecsByCategory["memory"];
export type StorageSpecs = SpecsByCategory["storage"];
export type GpuSpecs = SpecsByCategory["gpu"];
export type CaseSpecs = SpecsByCategory["case"];
export type PsuSpecs = SpecsByCategory["psu"];
export type CaseFanSpecs = SpecsByCategory["case-fan"];
export type SlotWiring = z.infer<typeof slotWiringSpec>;
