import { at, compact, count, positive, roundedPositive, text, type Notes } from "./read";
import { gpuIdentity } from "./gpu-architecture";
import { pcieGeneration } from "./vocab";

const VENDORS: Record<string, "nvidia" | "amd" | "intel"> = { nvidia: "nvidia", amd: "amd", intel: "intel" };
// GDDR's effective rate is several Gbps per pin; OpenDB sometimes stores the base clock instead
// (1750 for 14 Gbps GDDR6), which would understate bandwidth 8x, so such values are not used.
const MIN_EFFECTIVE_MTS = 4000;

function cooling(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/fan/i.test(raw)) return "open-air";
  if (/blower/i.test(raw)) return "blower";
  if (/passive/i.test(raw)) return "passive";
  if (/water|hybrid/i.test(raw)) return "liquid";
  return undefined;
}

function bandwidth(json: unknown, memoryType: string | undefined, notes: Notes): number | undefined {
  const bus = positive(json, "memory_bus");
  const rate = positive(json, "effective_memory_clock");
  if (!bus || !rate || !memoryType || !/^GDDR/i.test(memoryType)) return undefined;
  if (rate < MIN_EFFECTIVE_MTS) {
    notes.push(`memory clock ${rate} looks like a base clock, bandwidth left unknown`);
    return undefined;
  }
  return Math.round((bus * rate) / 8 / 1000);
}

/**
 * OpenDB GPU -> our gpu specs. TFLOPS are not in OpenDB and are left unknown rather than
 * estimated from shader counts; architecture, compute capability and dies per board follow from
 * the chipset name (nvidia-chipsets.ts), unknown where one name covers several chips.
 */
export function gpuSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const chipset = text(json, "chipset");
  const memoryType = text(json, "memory_type");
  const boardPowerW = roundedPositive(json, "tdp");
  const pin6 = count(json, "power_connectors.pcie_6_pin");
  const pin8 = count(json, "power_connectors.pcie_8_pin");
  const hpwr = count(json, "power_connectors.pcie_12VHPWR");
  const x6 = count(json, "power_connectors.pcie_12V_2x6");
  const pin16 = hpwr === undefined && x6 === undefined ? undefined : (hpwr ?? 0) + (x6 ?? 0);
  let connectors: Record<string, number> | undefined = compact({ pin6, pin8, pin16 }) as Record<string, number>;
  const total = (pin6 ?? 0) + (pin8 ?? 0) + (pin16 ?? 0);
  if (at(json, "power_connectors") === undefined || Object.keys(connectors).length === 0) connectors = undefined;
  else if (total === 0 && (boardPowerW === undefined || boardPowerW > 75)) {
    // Above the 75 W a slot supplies a card needs a plug; all zeros is a missing entry.
    notes.push("power connectors all 0 on a card above 75 W, left unknown");
    connectors = undefined;
  }
  const vendor = VENDORS[(text(json, "chipset_manufacturer") ?? "").toLowerCase()];
  const identity = gpuIdentity(chipset, vendor);
  return compact({
    vendor,
    chipset,
    architecture: identity.architecture,
    computeCapability: identity.computeCapability,
    gpuDies: identity.gpuDies,
    vramGb: positive(json, "memory"),
    memoryType,
    bandwidthGBps: bandwidth(json, memoryType, notes),
    boardPowerW,
    lengthMm: positive(json, "length"),
    slotWidth: positive(json, "total_slot_width") ?? positive(json, "case_expansion_slot_width"),
    cooling: cooling(text(json, "cooling")),
    pcieGen: pcieGeneration(text(json, "interface")),
    powerConnectors: connectors,
  });
}
