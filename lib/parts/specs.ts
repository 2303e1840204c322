import { z } from "zod";
import type { Category } from "./categories";

// Every spec is optional: an absent key means "unknown", never 0. Schemas are strict so a
// typo in a catalog file ("tdp" for "tdpW") fails loudly instead of silently becoming unknown.
//
// Every number has a plausible range. Values outside it are refused on create and on import,
// and a stored value outside it (a row written before the range existed) reads as unknown
// (lib/parts/bound-specs.ts), so no count or size from a part can drive a loop or an allocation
// past what real hardware has, and an implausible import ("maxMemoryGb": 1 on a TRX50 board)
// raises no false alarm. Sources and reasons per range: docs/security.md#spec-bounds.
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const num = (min: number, max: number) => z.number().min(min).max(max);
const text = (max: number) => z.string().min(1).max(max);
/** A connector or port count on one part. */
const count = (max: number) => int(0, max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).min(1).max(max);

export const MEMORY_TYPES = ["DDR3", "DDR4", "DDR5"] as const;
export const BOARD_FORM_FACTORS = ["E-ATX", "ATX", "Micro-ATX", "Mini-ITX", "SSI-EEB", "XL-ATX"] as const;
export const PSU_FORM_FACTORS = ["ATX", "SFX", "SFX-L", "TFX", "Server"] as const;
export const GPU_ARCHITECTURES = [
  "Kepler", "Maxwell", "Pascal", "Volta", "Turing", "Ampere", "Ada", "Hopper", "Blackwell",
  "RDNA", "RDNA2", "RDNA3", "RDNA4", "CDNA", "Alchemist", "Battlemage",
] as const;

export const cpuSpecs = z.strictObject({
  socket: text(40).optional(),
  microarchitecture: z.string().max(60).optional(),
  // EPYC 9965: 192 cores / 384 threads.
  cores: int(1, 256).optional(),
  threads: int(1, 512).optional(),
  baseClockGhz: num(0.3, 7).optional(),
  boostClockGhz: num(0.3, 7).optional(),
  tdpW: int(1, 1000).optional(),
  bundledCooler: z.boolean().optional(),
  unlocked: z.boolean().optional(),
  integratedGraphics: z.boolean().optional(),
  memoryTypes: list(z.enum(MEMORY_TYPES), MEMORY_TYPES.length).optional(),
  // 2 GB (early Core 2 era) to 16 TB; one EPYC socket addresses 6 TB.
  maxMemoryGb: int(2, 16_384).optional(),
  // Highest memory speed the vendor specifies without overclocking.
  memorySpeedMts: int(200, 12_000).optional(),
  pcieLanes: int(1, 256).optional(),
  pcieGen: int(1, 6).optional(),
  // Sustained package limits (docs/compatibility.md, "CPU power"): Intel's Maximum Turbo Power
  // (PL2; ARK), AMD's Package Power Tracking limit (PPT). Bounds: no desktop or workstation
  // part's stock limit comes near 1000 W.
  pl2W: int(1, 1000).optional(),
  pptW: int(1, 1000).optional(),
});

export const cpuCoolerSpecs = z.strictObject({
  type: z.enum(["air", "liquid"]).optional(),
  sockets: list(text(40), 64).optional(),
  heightMm: num(10, 300).optional(),
  radiatorMm: int(80, 560).optional(),
  fanCount: count(8).optional(),
  tdpRatingW: int(1, 1000).optional(),
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
  socket: text(40).optional(),
  chipset: text(60).optional(),
  formFactor: z.enum(BOARD_FORM_FACTORS).optional(),
  memoryType: z.enum(MEMORY_TYPES).optional(),
  // Dual-socket server boards carry up to 32 DIMM slots.
  memorySlots: int(1, 32).optional(),
  // Atom NM10 boards took 2 GB; 1 is a terabyte typed in the wrong unit.
  maxMemoryGb: int(2, 16_384).optional(),
  // Highest speed the board lists, usually with XMP/EXPO (overclocked) profiles.
  memorySpeedMaxMts: int(200, 12_000).optional(),
  m2Slots: count(16).optional(),
  sataPorts: count(32).optional(),
  // Physical x16-length slots, and how many can run GPUs at once.
  pcieX16Slots: count(16).optional(),
  pcieGen: int(1, 6).optional(),
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
  speedMts: int(200, 12_000).optional(),
  modules: int(1, 32).optional(),
  // 512 GB is the largest registered DIMM announced (DDR5 MRDIMM).
  moduleGb: int(1, 512).optional(),
  casLatency: int(2, 100).optional(),
  formFactor: z.enum(["DIMM", "SO-DIMM", "RDIMM"]).optional(),
  ecc: z.boolean().optional(),
});

export const storageSpecs = z.strictObject({
  type: z.enum(["SSD", "HDD"]).optional(),
  interface: z.enum(["SATA", "NVMe", "SAS"]).optional(),
  formFactor: z.enum(["2.5", "3.5", "M.2-2230", "M.2-2242", "M.2-2280", "M.2-22110", "U.2", "AIC"]).optional(),
  // Up to 1 PB: the largest data-centre SSDs hold 245 TB.
  capacityGb: int(1, 1_000_000).optional(),
  pcieGen: int(1, 6).optional(),
  // PCIe 6.0 x4 tops out near 32 GB/s.
  seqReadMBps: int(1, 40_000).optional(),
  seqWriteMBps: int(1, 40_000).optional(),
  rpm: int(1000, 20_000).optional(),
});

export const gpuPowerConnectors = z.strictObject({
  // No card carries more than 4 inputs of one kind; 8 leaves room for odd boards.
  pin6: count(8).optional(),
  pin8: count(8).optional(),
  // 16-pin 12VHPWR or its 12V-2x6 revision; the same plug for fit purposes.
  pin16: count(8).optional(),
  // Data-centre boards (A100/H100 PCIe) take an 8-pin CPU/EPS-style input.
  eps8: count(8).optional(),
});

export const gpuSpecs = z.strictObject({
  vendor: z.enum(["nvidia", "amd", "intel"]).optional(),
  chipset: text(100).optional(),
  architecture: z.enum(GPU_ARCHITECTURES).optional(),
  computeCapability: z.string().regex(/^\d{1,2}\.\d{1,2}$/).optional(),
  // Number of GPU dies on the board (a Tesla K80 carries two GK210; none carries more than 4).
  gpuDies: int(1, 4).optional(),
  vramGb: num(0.25, 1024).optional(),
  memoryType: z.string().max(20).optional(),
  // B200: 8 TB/s; twice that leaves room for the next generation.
  bandwidthGBps: num(1, 20_000).optional(),
  fp32Tflops: num(0.01, 1000).optional(),
  fp16TensorTflops: num(0.01, 20_000).optional(),
  boardPowerW: int(1, 2000).optional(),
  lengthMm: num(50, 1000).optional(),
  // Low-profile single-slot cards are listed at 0.95.
  slotWidth: num(0.5, 6).optional(),
  cooling: z.enum(["open-air", "blower", "passive", "liquid"]).optional(),
  pcieGen: int(1, 6).optional(),
  powerConnectors: gpuPowerConnectors.optional(),
});

export const caseSpecs = z.strictObject({
  type: z.enum(["Full Tower", "Mid Tower", "Mini Tower", "Small Form Factor", "Open Frame", "Rackmount"]).optional(),
  motherboardFormFactors: list(z.enum(BOARD_FORM_FACTORS), BOARD_FORM_FACTORS.length).optional(),
  maxGpuLengthMm: num(50, 1000).optional(),
  maxCpuCoolerHeightMm: num(20, 400).optional(),
  psuFormFactors: list(z.enum(PSU_FORM_FACTORS), PSU_FORM_FACTORS.length).optional(),
  maxPsuLengthMm: num(50, 1000).optional(),
  bays35: count(32).optional(),
  bays25: count(32).optional(),
  expansionSlots: count(20).optional(),
  radiatorSupportMm: z.array(int(80, 560)).max(16).optional(),
  includedFans: count(20).optional(),
});

export const psuSpecs = z.strictObject({
  wattage: int(100, 5000).optional(),
  efficiency: z.enum(["80+", "80+ Bronze", "80+ Silver", "80+ Gold", "80+ Platinum", "80+ Titanium"]).optional(),
  formFactor: z.enum(PSU_FORM_FACTORS).optional(),
  modular: z.enum(["full", "semi", "none"]).optional(),
  atxVersion: z.string().max(20).optional(),
  connectors: z
    .strictObject({
      // PCIe 6+2-pin plugs.
      pcie8: count(32).optional(),
      // Native 12VHPWR / 12V-2x6 plugs.
      pin16: count(16).optional(),
      eps8: count(16).optional(),
      sata: count(32).optional(),
    })
    .optional(),
});

export const caseFanSpecs = z.strictObject({
  sizeMm: int(20, 250).optional(),
  // Fans in one retail pack.
  packCount: int(1, 12).optional(),
  maxRpm: int(100, 30_000).optional(),
  airflowCfm: num(0.1, 1000).optional(),
  powerW: num(0.1, 100).optional(),
});

export const otherSpecs = z.strictObject({
  kind: z.string().max(60).optional(),
  powerW: int(0, 2000).optional(),
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
