import { compact, count, positive, positiveInt, roundedPositive, text, texts, type Notes } from "./read";
import { boardFormFactors, psuFormFactor } from "./vocab";

// OpenDB case types combine board size and shape; ours keep the shape only.
function caseType(raw: string | undefined, notes: Notes): string | undefined {
  if (!raw) return undefined;
  if (/full tower/i.test(raw)) return "Full Tower";
  if (/mid tower/i.test(raw)) return "Mid Tower";
  if (/mini tower/i.test(raw)) return "Mini Tower";
  if (/test bench/i.test(raw)) return "Open Frame";
  if (/mini itx|slim|htpc|micro atx desktop/i.test(raw)) return "Small Form Factor";
  notes.push(`case type "${raw}" not in our list, dropped`);
  return undefined;
}

/** OpenDB PCCase -> our case specs. Radiator support and bundled fans are not in OpenDB: unknown. */
export function caseSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const psus = texts(json, "supported_power_supply_form_factors")
    ?.map((p) => psuFormFactor(p, notes))
    .filter((p) => p !== undefined);
  return compact({
    type: caseType(text(json, "form_factor"), notes),
    motherboardFormFactors: boardFormFactors(texts(json, "supported_motherboard_form_factors"), notes),
    maxGpuLengthMm: positive(json, "max_video_card_length"),
    maxCpuCoolerHeightMm: positive(json, "max_cpu_cooler_height"),
    psuFormFactors: psus && psus.length > 0 ? [...new Set(psus)] : undefined,
    maxPsuLengthMm: positive(json, "max_psu_length"),
    bays35: count(json, "internal_3_5_bays"),
    bays25: count(json, "internal_2_5_bays"),
    expansionSlots: positiveInt(json, "expansion_slots"),
  });
}

const EFFICIENCY: Record<string, string> = {
  "80+": "80+", "80+ standard": "80+", "80+ white": "80+", "80+ bronze": "80+ Bronze", "80+ silver": "80+ Silver",
  "80+ gold": "80+ Gold", "80+ platinum": "80+ Platinum", "80+ titanium": "80+ Titanium",
};
const MODULAR: Record<string, string> = { full: "full", "semi-modular": "semi", "non-modular": "none" };

function psuConnectors(json: unknown, notes: Notes): Record<string, number> | undefined {
  const eps8 = count(json, "connectors.eps_8_pin");
  const pcie8 = count(json, "connectors.pcie_6_plus_2_pin");
  const pin16 = count(json, "connectors.pcie_12vhpwr");
  const sata = count(json, "connectors.sata");
  // A desktop PSU without any CPU or GPU plug does not exist: all three at 0 means those
  // counts were never entered, so only the SATA count is kept.
  if (eps8 === 0 && pcie8 === 0 && (pin16 ?? 0) === 0) {
    notes.push("CPU/GPU connector counts all 0, left unknown");
    return sata === undefined ? undefined : { sata };
  }
  const connectors = compact({ pcie8, pin16, eps8, sata }) as Record<string, number>;
  return Object.keys(connectors).length > 0 ? connectors : undefined;
}

/** OpenDB PSU -> our psu specs. The ATX version is not in OpenDB: unknown. */
export function psuSpecs(json: unknown, notes: Notes): Record<string, unknown> {
  const efficiency = text(json, "efficiency_rating");
  const modular = text(json, "modular");
  return compact({
    wattage: roundedPositive(json, "wattage"),
    efficiency: efficiency === undefined ? undefined : EFFICIENCY[efficiency.toLowerCase()],
    formFactor: psuFormFactor(text(json, "form_factor"), notes),
    modular: modular === undefined ? undefined : MODULAR[modular.toLowerCase()],
    connectors: psuConnectors(json, notes),
  });
}

/** OpenDB CaseFan -> our case-fan specs. OpenDB has no RPM or power figures: unknown. */
export function caseFanSpecs(json: unknown): Record<string, unknown> {
  return compact({
    sizeMm: positiveInt(json, "size"),
    packCount: positiveInt(json, "quantity"),
    airflowCfm: positive(json, "max_airflow"),
  });
}
