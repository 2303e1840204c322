import { bool, compact, positive, text, type Notes } from "./read";
import { pcieGeneration } from "./vocab";

const M2_SIZES = new Set(["2230", "2242", "2280", "22110"]);

/** "M.2 PCIe 4.0 x4" + nvme -> "NVMe"; "SATA 6.0 Gb/s", "M.2 SATA", "mSATA" -> "SATA"; "SAS ..." -> "SAS". */
function storageInterface(raw: string | undefined, nvme: boolean | undefined, notes: Notes): string | undefined {
  if (!raw) return undefined;
  if (/^SAS\b/i.test(raw)) return "SAS";
  if (/SATA/i.test(raw)) return "SATA";
  if (/U\.2/i.test(raw)) return "NVMe";
  if (/PCIe/i.test(raw) && nvme !== false) return "NVMe";
  notes.push(`storage interface "${raw}" not in our list, dropped`);
  return undefined;
}

/** '2.5"' -> "2.5", "M.2-2280" kept, "PCIe" add-in card -> "AIC"; U.2 drives report 2.5" but fit U.2 bays. */
function storageFormFactor(raw: string | undefined, rawInterface: string | undefined, notes: Notes): string | undefined {
  if (rawInterface && /U\.2/i.test(rawInterface)) return "U.2";
  if (!raw) return undefined;
  const m2 = /^M\.2-(\d+)$/i.exec(raw);
  if (m2 && M2_SIZES.has(m2[1] ?? "")) return `M.2-${m2[1]}`;
  if (/^2\.5/.test(raw)) return "2.5";
  if (/^3\.5/.test(raw)) return "3.5";
  if (/^PCIe$/i.test(raw)) return "AIC";
  notes.push(`storage form factor "${raw}" not in our list, dropped`);
  return undefined;
}

/** OpenDB Storage -> our storage specs. Throughput and spindle speed are not in OpenDB: unknown. */
export function storageSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const rawType = text(json, "storage_type") ?? text(json, "type");
  if (rawType === "SSHD") notes.push("SSHD recorded as HDD");
  const type = rawType === "SSD" ? "SSD" : rawType === "HDD" || rawType === "SSHD" ? "HDD" : undefined;
  const rawInterface = text(json, "interface");
  const iface = storageInterface(rawInterface, bool(json, "nvme"), notes);
  const capacity = positive(json, "capacity");
  return compact({
    type,
    interface: iface,
    formFactor: storageFormFactor(text(json, "form_factor"), rawInterface, notes),
    capacityGb: capacity === undefined ? undefined : Math.round(capacity),
    pcieGen: iface === "NVMe" ? pcieGeneration(rawInterface) : undefined,
  });
}
