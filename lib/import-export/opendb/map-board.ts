import { compact, count, objects, positiveInt, text, type Notes } from "./read";
import { boardFormFactor, memoryType, normalizeSocket, pcieGeneration } from "./vocab";

// Chipsets that allow CPU multiplier overclocking: Intel Z and X (HEDT), AMD X, B and
// Threadripper. Intel B/H/Q/C and AMD A do not. Intel W varies by generation: unknown.
function overclocking(raw: string | undefined): boolean | undefined {
  if (!raw) return undefined;
  const amd = /^amd\b/i.test(raw);
  const intel = /^intel\b/i.test(raw);
  const chip = raw.replace(/^(intel|amd)\s+/i, "");
  if (/^(X|TRX|WRX)\d/i.test(chip) || (intel && /^Z\d/i.test(chip))) return true;
  if (/^B\d/i.test(chip)) return amd ? true : intel ? false : undefined;
  if (intel && /^[HQC]\d/i.test(chip)) return false;
  if (amd && /^A\d/i.test(chip)) return false;
  return undefined;
}

/** OpenDB Motherboard -> our motherboard specs. Max memory speed is not in OpenDB: unknown. */
export function motherboardSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const socket = text(json, "socket");
  const rawChipset = text(json, "chipset");
  const chipset = rawChipset?.replace(/^(intel|amd)\s+/i, "");
  const m2 = objects(json, "m2_slots");
  const slots = objects(json, "pcie_slots");
  const x16 = slots?.filter((s) => s.lanes === 16);
  const x16Count = x16?.reduce((sum, s) => sum + (typeof s.quantity === "number" && s.quantity > 0 ? s.quantity : 0), 0);
  const gens = (x16?.length ? x16 : (slots ?? []))
    .map((s) => (typeof s.gen === "string" ? pcieGeneration(`PCIe ${s.gen}`) : undefined))
    .filter((g): g is number => g !== undefined);
  const sata = (count(json, "storage_devices.sata_6_gb_s") ?? 0) + (count(json, "storage_devices.sata_3_gb_s") ?? 0);
  return compact({
    socket: socket === undefined ? undefined : normalizeSocket(socket, notes),
    chipset,
    formFactor: boardFormFactor(text(json, "form_factor"), notes),
    memoryType: memoryType(text(json, "memory.ram_type"), notes),
    memorySlots: positiveInt(json, "memory.slots"),
    maxMemoryGb: positiveInt(json, "memory.max"),
    // E-key slots hold Wi-Fi cards, not drives. An empty list is "not recorded", not zero.
    m2Slots: m2?.filter((s) => s.key === undefined || s.key === null || /M/.test(String(s.key))).length,
    // OpenDB writes 0 SATA ports for boards whose ports were never entered.
    sataPorts: sata > 0 ? sata : undefined,
    // Counted from electrical x16 slots: OpenDB does not give physical slot length.
    pcieX16Slots: x16Count ? x16Count : undefined,
    pcieGen: gens.length > 0 ? Math.max(...gens) : undefined,
    overclocking: overclocking(rawChipset),
  });
}

const DIMM = /dimm/i;

/** OpenDB RAM -> our memory specs. */
export function memorySpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const formFactor = text(json, "form_factor");
  const registered = text(json, "registered");
  const ecc = text(json, "ecc");
  const shape = !formFactor
    ? undefined
    : /so-dimm/i.test(formFactor)
      ? "SO-DIMM"
      : DIMM.test(formFactor)
        ? registered && /registered|load reduced/i.test(registered) ? "RDIMM" : "DIMM"
        : undefined;
  if (formFactor && !shape) notes.push(`memory form factor "${formFactor}" not in our list, dropped`);
  return compact({
    type: memoryType(text(json, "ram_type"), notes),
    // OpenDB calls it MHz but stores the transfer rate (DDR5-6000 -> 6000).
    speedMts: positiveInt(json, "speed"),
    modules: positiveInt(json, "modules.quantity"),
    moduleGb: positiveInt(json, "modules.capacity_gb"),
    casLatency: positiveInt(json, "cas_latency"),
    formFactor: shape,
    ecc: ecc === undefined ? undefined : /^ecc$/i.test(ecc),
  });
}
