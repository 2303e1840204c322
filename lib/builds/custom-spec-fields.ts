import type { Category } from "../parts/categories";

// The few specs that drive compatibility and power checks, per category, for custom parts.
// Kept free of the zod schemas so the builder bundle stays small; the server re-validates.
export type SpecField =
  | { key: string; label: string; kind: "number"; unit?: string }
  | { key: string; label: string; kind: "text"; placeholder?: string }
  | { key: string; label: string; kind: "choice"; options: readonly string[] };

export const CUSTOM_SPEC_FIELDS: Record<Category, SpecField[]> = {
  gpu: [
    { key: "vramGb", label: "VRAM", kind: "number", unit: "GB" },
    { key: "boardPowerW", label: "Board power", kind: "number", unit: "W" },
    { key: "lengthMm", label: "Length", kind: "number", unit: "mm" },
    { key: "computeCapability", label: "Compute capability", kind: "text", placeholder: "8.6" },
  ],
  cpu: [
    { key: "socket", label: "Socket", kind: "text", placeholder: "AM5" },
    { key: "cores", label: "Cores", kind: "number" },
    { key: "tdpW", label: "TDP", kind: "number", unit: "W" },
  ],
  motherboard: [
    { key: "socket", label: "Socket", kind: "text", placeholder: "LGA1700" },
    { key: "formFactor", label: "Form factor", kind: "choice", options: ["ATX", "Micro-ATX", "Mini-ITX", "E-ATX"] },
    { key: "memoryType", label: "Memory type", kind: "choice", options: ["DDR4", "DDR5"] },
  ],
  memory: [
    { key: "type", label: "Type", kind: "choice", options: ["DDR4", "DDR5"] },
    { key: "modules", label: "Modules", kind: "number" },
    { key: "moduleGb", label: "Module size", kind: "number", unit: "GB" },
  ],
  storage: [
    { key: "interface", label: "Interface", kind: "choice", options: ["SATA", "NVMe"] },
    { key: "capacityGb", label: "Capacity", kind: "number", unit: "GB" },
  ],
  case: [
    { key: "maxGpuLengthMm", label: "GPU clearance", kind: "number", unit: "mm" },
    { key: "maxCpuCoolerHeightMm", label: "Cooler clearance", kind: "number", unit: "mm" },
  ],
  psu: [{ key: "wattage", label: "Wattage", kind: "number", unit: "W" }],
  "cpu-cooler": [{ key: "heightMm", label: "Height", kind: "number", unit: "mm" }],
  "case-fan": [{ key: "sizeMm", label: "Size", kind: "number", unit: "mm" }],
  other: [{ key: "powerW", label: "Power draw", kind: "number", unit: "W" }],
};

/** Form values -> specs: empty fields stay unknown; numbers must be positive. */
export function specsFromForm(category: Category, values: Record<string, string>): { specs: Record<string, unknown> } | { error: string } {
  const specs: Record<string, unknown> = {};
  for (const field of CUSTOM_SPEC_FIELDS[category]) {
    const raw = (values[field.key] ?? "").trim();
    if (raw === "") continue;
    if (field.kind === "number") {
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0) return { error: `${field.label} must be a positive number` };
      specs[field.key] = Number.isInteger(n) || field.key === "vramGb" || field.key === "lengthMm" ? n : Math.round(n);
    } else if (field.key === "computeCapability" && !/^\d+\.\d+$/.test(raw)) {
      return { error: "Compute capability looks like 8.6" };
    } else {
      specs[field.key] = raw;
    }
  }
  return { specs };
}
