// Human labels and units for spec keys, shared by part pages and exports.
const LABELS: Record<string, [label: string, unit?: string]> = {
  socket: ["Socket"], microarchitecture: ["Microarchitecture"], cores: ["Cores"], threads: ["Threads"],
  baseClockGhz: ["Base clock", "GHz"], boostClockGhz: ["Boost clock", "GHz"], tdpW: ["TDP", "W"],
  bundledCooler: ["Cooler included"], unlocked: ["Unlocked multiplier"], integratedGraphics: ["Integrated graphics"],
  memoryTypes: ["Memory types"], maxMemoryGb: ["Max memory", "GB"], memorySpeedMts: ["Rated memory speed", "MT/s"],
  pcieLanes: ["PCIe lanes"], pcieGen: ["PCIe generation"], type: ["Type"], sockets: ["Sockets"], heightMm: ["Height", "mm"],
  radiatorMm: ["Radiator", "mm"], fanCount: ["Fans"], tdpRatingW: ["Rated for", "W"], chipset: ["Chipset"],
  formFactor: ["Form factor"], memoryType: ["Memory type"], memorySlots: ["Memory slots"], memorySpeedMaxMts: ["Max memory speed", "MT/s"],
  m2Slots: ["M.2 slots"], sataPorts: ["SATA ports"], pcieX16Slots: ["PCIe x16 slots"], overclocking: ["CPU overclocking"],
  speedMts: ["Speed", "MT/s"], modules: ["Modules"], moduleGb: ["Module size", "GB"], casLatency: ["CAS latency"], ecc: ["ECC"],
  interface: ["Interface"], capacityGb: ["Capacity", "GB"], seqReadMBps: ["Sequential read", "MB/s"], seqWriteMBps: ["Sequential write", "MB/s"],
  rpm: ["Spindle speed", "rpm"], vendor: ["Vendor"], architecture: ["Architecture"], computeCapability: ["Compute capability"],
  gpuDies: ["GPU dies"], vramGb: ["VRAM", "GB"], bandwidthGBps: ["Memory bandwidth", "GB/s"], fp32Tflops: ["FP32", "TFLOPS"],
  fp16TensorTflops: ["FP16 tensor (dense)", "TFLOPS"], boardPowerW: ["Board power", "W"], lengthMm: ["Length", "mm"],
  slotWidth: ["Slot width"], cooling: ["Cooling"], powerConnectors: ["Power connectors"], motherboardFormFactors: ["Motherboards"],
  maxGpuLengthMm: ["GPU clearance", "mm"], maxCpuCoolerHeightMm: ["Cooler clearance", "mm"], psuFormFactors: ["PSU form factors"],
  maxPsuLengthMm: ["PSU clearance", "mm"], bays35: ['3.5" bays'], bays25: ['2.5" bays'], expansionSlots: ["Expansion slots"],
  radiatorSupportMm: ["Radiators", "mm"], includedFans: ["Fans included"], wattage: ["Wattage", "W"], efficiency: ["Efficiency"],
  modular: ["Modular"], atxVersion: ["ATX version"], connectors: ["Connectors"], sizeMm: ["Size", "mm"], packCount: ["Fans per pack"],
  maxRpm: ["Max speed", "rpm"], airflowCfm: ["Airflow", "CFM"], powerW: ["Power", "W"], kind: ["Kind"],
  pl2W: ["Max turbo power (PL2)", "W"], pptW: ["Package power limit (PPT)", "W"], registered: ["Registered (RDIMM)"],
  slotWiring: ["x16-size slot wiring"],
};

interface WiringValue {
  slots?: { name?: unknown; lanes?: unknown; gen?: unknown; link?: unknown }[];
  source?: unknown;
}

/** "x16 CPU PCIe 5.0 (PCIEX16_1), x4 chipset PCIe 4.0 (PCIEX16_2); source: ...". */
function formatWiring(value: WiringValue): string {
  const slots = Array.isArray(value.slots) ? value.slots : [];
  const text = slots
    .map((s) => [`x${String(s.lanes)}`, s.link, s.gen !== undefined ? `PCIe ${String(s.gen)}.0` : undefined].filter(Boolean).join(" ") + ` (${String(s.name)})`)
    .join(", ");
  return typeof value.source === "string" ? `${text}; source: ${value.source}` : text;
}

const CONNECTOR_NAMES: Record<string, string> = { pin6: "6-pin PCIe", pin8: "8-pin PCIe", pcie8: "8-pin PCIe", pin16: "16-pin 12VHPWR/12V-2x6", eps8: "8-pin EPS", sata: "SATA" };

export function specLabel(key: string): string {
  return LABELS[key]?.[0] ?? key;
}

export function formatSpecValue(key: string, value: unknown): string {
  const unit = LABELS[key]?.[1];
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.join(", ") + (unit ? ` ${unit}` : "");
  if (key === "slotWiring" && value && typeof value === "object") return formatWiring(value as WiringValue);
  if (value && typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, n]) => typeof n === "number" && n > 0)
      .map(([k, n]) => `${n as number} × ${CONNECTOR_NAMES[k] ?? k}`);
    return parts.length ? parts.join(", ") : "None";
  }
  return unit ? `${String(value)} ${unit}` : String(value);
}

/** Every known spec of a category in a stable order, marking absent ones as unknown. */
export function specRows(specs: Record<string, unknown>, keys: readonly string[]): { key: string; label: string; value: string | null }[] {
  return keys.map((key) => ({ key, label: specLabel(key), value: specs[key] === undefined ? null : formatSpecValue(key, specs[key]) }));
}

const SUMMARY_KEYS: Record<string, string[]> = {
  gpu: ["vramGb", "architecture", "computeCapability", "boardPowerW", "lengthMm"],
  cpu: ["socket", "cores", "threads", "tdpW"],
  motherboard: ["socket", "chipset", "formFactor", "memoryType"],
  memory: ["type", "speedMts", "casLatency"],
  storage: ["type", "interface", "capacityGb"],
  case: ["type", "maxGpuLengthMm", "maxCpuCoolerHeightMm"],
  psu: ["wattage", "efficiency", "formFactor"],
  "cpu-cooler": ["type", "heightMm", "radiatorMm"],
  "case-fan": ["sizeMm", "airflowCfm"],
  other: ["kind"],
};

/** A one-line spec summary for lists ("24 GB · Ampere · 8.6 · 350 W"). */
export function specSummary(category: string, specs: Record<string, unknown>): string {
  const keys = SUMMARY_KEYS[category] ?? [];
  const parts = keys.filter((k) => specs[k] !== undefined).map((k) => (k === "computeCapability" ? `CC ${String(specs[k])}` : formatSpecValue(k, specs[k])));
  if (category === "memory" && typeof specs.modules === "number" && typeof specs.moduleGb === "number") {
    parts.unshift(`${specs.modules} × ${specs.moduleGb} GB`);
  }
  return parts.join(" · ");
}
