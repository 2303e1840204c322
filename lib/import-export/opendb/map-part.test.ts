import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDbSource } from "./dataset-source";
import { mapOpenDbPart, type OpenDbCategory } from "./map-part";

const file = (category: OpenDbCategory, id: string): unknown =>
  JSON.parse(readFileSync(path.join(openDbSource().dir, "open-db", category, `${id}.json`), "utf8"));

function mapped(category: OpenDbCategory, json: unknown) {
  const result = mapOpenDbPart(category, json);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("mapOpenDbPart on known dataset parts", () => {
  it("GTX 1080 Ti (Zotac AMP)", () => {
    const { part, notes } = mapped("GPU", file("GPU", "0db682de-ab1a-4e53-9b65-16c70c3f4885"));
    expect(part).toEqual({
      externalId: "0db682de-ab1a-4e53-9b65-16c70c3f4885",
      category: "gpu",
      brand: "Zotac",
      model: "AMP GeForce GTX 1080 Ti 11GB GDDR5X Black",
      releaseYear: null,
      partNumbers: ["ZT-P10810D-10P"],
      specs: {
        vendor: "nvidia",
        chipset: "GeForce GTX 1080 Ti",
        architecture: "Pascal",
        computeCapability: "6.1",
        vramGb: 11,
        memoryType: "GDDR5X",
        boardPowerW: 270,
        lengthMm: 300,
        slotWidth: 2,
        cooling: "open-air",
        powerConnectors: { pin6: 0, pin8: 2, pin16: 0 },
      },
    });
    // memory_bus is 0 in this file: a placeholder, so bandwidth stays unknown rather than 0.
    expect(part.specs).not.toHaveProperty("bandwidthGBps");
    expect(notes).toEqual([]);
  });

  it("Ryzen 7 7800X3D", () => {
    const { part } = mapped("CPU", file("CPU", "4dcfffec-423b-4052-8aca-db6c0f84bb43"));
    expect(part).toMatchObject({ category: "cpu", brand: "AMD", model: "Ryzen 7 7800X3D", releaseYear: 2023 });
    expect(part.specs).toEqual({
      socket: "AM5",
      microarchitecture: "Zen 4",
      cores: 8,
      threads: 16,
      baseClockGhz: 4.2,
      boostClockGhz: 5,
      tdpW: 120,
      bundledCooler: false,
      integratedGraphics: true,
      memoryTypes: ["DDR5"],
      maxMemoryGb: 128,
    });
  });

  it("an ATX case (Fractal Design Define 7)", () => {
    const { part } = mapped("PCCase", file("PCCase", "0aa5e9ea-08b5-4654-b1bf-409e693d4de8"));
    expect(part).toMatchObject({ category: "case", brand: "Fractal Design" });
    expect(part.specs).toEqual({
      type: "Mid Tower",
      motherboardFormFactors: ["ATX", "Micro-ATX", "Mini-ITX"],
      maxGpuLengthMm: 467,
      bays35: 6,
      bays25: 2,
      expansionSlots: 7,
    });
    // Cooler clearance is not in this file: unknown, not 0.
    expect(part.specs).not.toHaveProperty("maxCpuCoolerHeightMm");
  });
});

const base = (extra: Record<string, unknown>) => ({
  opendb_id: "00000000-0000-4000-8000-000000000000",
  metadata: { name: "Acme Thing 9000", manufacturer: "Acme", releaseYear: 0 },
  ...extra,
});

describe("mapOpenDbPart rules", () => {
  it("rejects only when the identity is missing", () => {
    expect(mapOpenDbPart("CPU", null)).toMatchObject({ ok: false });
    expect(mapOpenDbPart("CPU", { metadata: { name: "x" } })).toMatchObject({ ok: false, reason: expect.stringContaining("opendb_id") });
    expect(mapOpenDbPart("CPU", { opendb_id: "a", metadata: {} })).toMatchObject({ ok: false, reason: expect.stringContaining("name") });
    expect(mapOpenDbPart("CPU", { opendb_id: "a", metadata: { name: "Intel Core i5" } })).toMatchObject({
      ok: true,
      part: { brand: "Intel", model: "Core i5", releaseYear: null, specs: {} },
    });
  });

  it("normalises sockets and board form factors to our vocabulary", () => {
    const board = mapped("Motherboard", base({ socket: "2 x LGA 2011-3", form_factor: "Micro ATX", chipset: "Intel C612", memory: { ram_type: "DDR4" } }));
    expect(board.part.specs).toMatchObject({ socket: "LGA2011-3", formFactor: "Micro-ATX", chipset: "C612", memoryType: "DDR4", overclocking: false });
    expect(board.notes).toContainEqual(expect.stringContaining("multi-socket"));
    const cooler = mapped("CPUCooler", base({ cpu_sockets: ["LGA 1700", "AM5", "LGA 115", "LGA 1700"], water_cooled: true, radiator_size: 360 }));
    expect(cooler.part.specs).toEqual({ type: "liquid", sockets: ["LGA1700", "AM5"], radiatorMm: 360 });
  });

  it("treats OpenDB's placeholder zeros as unknown", () => {
    const gpu = mapped("GPU", base({ chipset: "GeForce RTX 4090", tdp: 450, length: 0, power_connectors: { pcie_6_pin: 0, pcie_8_pin: 0, pcie_12VHPWR: 0, pcie_12V_2x6: 0 } }));
    expect(gpu.part.specs).toEqual({ chipset: "GeForce RTX 4090", architecture: "Ada", computeCapability: "8.9", boardPowerW: 450 });
    expect(gpu.notes).toContainEqual(expect.stringContaining("power connectors"));
    const slotPowered = mapped("GPU", base({ tdp: 30, power_connectors: { pcie_6_pin: 0, pcie_8_pin: 0 } }));
    expect(slotPowered.part.specs).toMatchObject({ powerConnectors: { pin6: 0, pin8: 0 } });
    const psu = mapped("PSU", base({ wattage: 850, connectors: { eps_8_pin: 0, pcie_6_plus_2_pin: 0, pcie_12vhpwr: 0, sata: 8 } }));
    expect(psu.part.specs).toEqual({ wattage: 850, connectors: { sata: 8 } });
  });

  it("derives GPU bandwidth only from an effective GDDR rate", () => {
    const real = mapped("GPU", base({ memory_type: "GDDR6X", memory_bus: 384, effective_memory_clock: 21000 }));
    expect(real.part.specs).toMatchObject({ bandwidthGBps: 1008 });
    const baseClock = mapped("GPU", base({ memory_type: "GDDR6", memory_bus: 256, effective_memory_clock: 1750 }));
    expect(baseClock.part.specs).not.toHaveProperty("bandwidthGBps");
  });

  it("maps storage interfaces and form factors, noting what has no equivalent", () => {
    const u2 = mapped("Storage", base({ storage_type: "SSD", interface: "U.2", form_factor: '2.5"', capacity: 3840, nvme: false }));
    expect(u2.part.specs).toEqual({ type: "SSD", interface: "NVMe", formFactor: "U.2", capacityGb: 3840 });
    const m2 = mapped("Storage", base({ storage_type: "SSD", interface: "M.2 PCIe 5.0 x4", form_factor: "M.2-2280", nvme: true, capacity: 2000 }));
    expect(m2.part.specs).toEqual({ type: "SSD", interface: "NVMe", formFactor: "M.2-2280", capacityGb: 2000, pcieGen: 5 });
    const odd = mapped("Storage", base({ storage_type: "SSHD", interface: "PATA 100", form_factor: "M.2-2260" }));
    expect(odd.part.specs).toEqual({ type: "HDD" });
    expect(odd.notes).toHaveLength(3);
  });

  it("drops a value our schema rejects, with a note, and keeps the rest", () => {
    const ram = mapped("RAM", base({ ram_type: "DDR5", speed: 6000, modules: { quantity: 2, capacity_gb: 0.5 } }));
    expect(ram.part.specs).toEqual({ type: "DDR5", speedMts: 6000, modules: 2 });
    expect(ram.notes).toContainEqual(expect.stringMatching(/^moduleGb 0.5 ignored \(/));
  });
});
