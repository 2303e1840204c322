import type { Category } from "./categories";
import type { Part } from "./types";

type Specs = Record<string, unknown>;

export type FilterDef =
  | { kind: "enum"; key: string; label: string; get: (s: Specs) => string | string[] | undefined }
  | { kind: "min" | "max"; key: string; label: string; unit?: string; get: (s: Specs) => number | undefined };

const num = (key: string) => (s: Specs) => (typeof s[key] === "number" ? (s[key] as number) : undefined);
const str = (key: string) => (s: Specs) => (typeof s[key] === "string" ? (s[key] as string) : undefined);
const list = (key: string) => (s: Specs) => (Array.isArray(s[key]) ? (s[key] as string[]) : undefined);
const cc = (s: Specs) => (typeof s.computeCapability === "string" ? Number(s.computeCapability) : undefined);
const kitGb = (s: Specs) =>
  typeof s.modules === "number" && typeof s.moduleGb === "number" ? s.modules * s.moduleGb : undefined;

/** Filters that fit each category; keys become query-string parameters. */
export const FILTERS: Record<Category, FilterDef[]> = {
  gpu: [
    { kind: "enum", key: "vendor", label: "Vendor", get: str("vendor") },
    { kind: "enum", key: "architecture", label: "Architecture", get: str("architecture") },
    { kind: "min", key: "vramGb", label: "VRAM at least", unit: "GB", get: num("vramGb") },
    { kind: "min", key: "computeCapability", label: "Compute capability at least", get: cc },
    { kind: "max", key: "boardPowerW", label: "Board power at most", unit: "W", get: num("boardPowerW") },
    { kind: "max", key: "lengthMm", label: "Length at most", unit: "mm", get: num("lengthMm") },
  ],
  cpu: [
    { kind: "enum", key: "socket", label: "Socket", get: str("socket") },
    { kind: "min", key: "cores", label: "Cores at least", get: num("cores") },
    { kind: "max", key: "tdpW", label: "TDP at most", unit: "W", get: num("tdpW") },
  ],
  motherboard: [
    { kind: "enum", key: "socket", label: "Socket", get: str("socket") },
    { kind: "enum", key: "formFactor", label: "Form factor", get: str("formFactor") },
    { kind: "enum", key: "memoryType", label: "Memory type", get: str("memoryType") },
    { kind: "min", key: "pcieX16Slots", label: "PCIe x16 slots at least", get: num("pcieX16Slots") },
  ],
  memory: [
    { kind: "enum", key: "type", label: "Type", get: str("type") },
    { kind: "min", key: "kitGb", label: "Kit capacity at least", unit: "GB", get: kitGb },
    { kind: "min", key: "speedMts", label: "Speed at least", unit: "MT/s", get: num("speedMts") },
  ],
  storage: [
    { kind: "enum", key: "type", label: "Type", get: str("type") },
    { kind: "enum", key: "interface", label: "Interface", get: str("interface") },
    { kind: "min", key: "capacityGb", label: "Capacity at least", unit: "GB", get: num("capacityGb") },
  ],
  case: [
    { kind: "enum", key: "motherboardFormFactors", label: "Fits board", get: list("motherboardFormFactors") },
    { kind: "min", key: "maxGpuLengthMm", label: "GPU clearance at least", unit: "mm", get: num("maxGpuLengthMm") },
    { kind: "min", key: "expansionSlots", label: "Expansion slots at least", get: num("expansionSlots") },
  ],
  psu: [
    { kind: "min", key: "wattage", label: "Wattage at least", unit: "W", get: num("wattage") },
    { kind: "enum", key: "efficiency", label: "Efficiency", get: str("efficiency") },
    { kind: "enum", key: "formFactor", label: "Form factor", get: str("formFactor") },
  ],
  "cpu-cooler": [
    { kind: "enum", key: "sockets", label: "Socket", get: list("sockets") },
    { kind: "enum", key: "type", label: "Type", get: str("type") },
    { kind: "max", key: "heightMm", label: "Height at most", unit: "mm", get: num("heightMm") },
  ],
  "case-fan": [{ kind: "enum", key: "sizeMm", label: "Size", get: (s) => (typeof s.sizeMm === "number" ? String(s.sizeMm) : undefined) }],
  other: [],
};

/** The spec a shopper sorts by in each category ("key spec" sort). */
export const KEY_SPEC: Partial<Record<Category, { label: string; get: (s: Specs) => number | undefined }>> = {
  gpu: { label: "VRAM", get: num("vramGb") },
  cpu: { label: "Cores", get: num("cores") },
  memory: { label: "Capacity", get: kitGb },
  storage: { label: "Capacity", get: num("capacityGb") },
  psu: { label: "Wattage", get: num("wattage") },
  case: { label: "GPU clearance", get: num("maxGpuLengthMm") },
  motherboard: { label: "Memory slots", get: num("memorySlots") },
  "cpu-cooler": { label: "Height", get: num("heightMm") },
  "case-fan": { label: "Size", get: num("sizeMm") },
};

/** Distinct values of an enum filter within a set of parts, for the filter's options. */
export function enumOptions(def: FilterDef, parts: readonly Part[]): string[] {
  if (def.kind !== "enum") return [];
  const values = new Set<string>();
  for (const part of parts) {
    const v = def.get(part.specs as Specs);
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) values.add(x);
  }
  return [...values].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}
