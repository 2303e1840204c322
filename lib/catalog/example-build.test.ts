import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Category } from "../parts/categories";
import type { PartOf } from "../parts/types";
import { loadBuiltinCatalog, loadExampleBuild } from "./builtin-catalog";

const SEED_DIR = fileURLToPath(new URL("../../prisma/seed", import.meta.url));
const parts = loadBuiltinCatalog(path.join(SEED_DIR, "parts"));
const draft = loadExampleBuild(path.join(SEED_DIR, "example-build.json"));
const byId = new Map(parts.map((part) => [part.id, part]));

const lines = draft.items.map((item) => {
  if (!("partId" in item)) throw new Error("the example build uses catalog parts only");
  const part = byId.get(item.partId);
  return { item, part };
});

function only<C extends Category>(category: C): { part: PartOf<C>; quantity: number } {
  const matches = lines.filter((line): line is { item: typeof line.item; part: PartOf<C> } =>
    line.part?.category === category);
  expect(matches, category).toHaveLength(1);
  return { part: matches[0]!.part, quantity: matches[0]!.item.quantity };
}

describe("example build (the 2017 weekend box)", () => {
  it("references parts that exist in the built-in catalog", () => {
    for (const { item, part } of lines) expect(part, "partId" in item ? item.partId : "custom").toBeDefined();
    expect(draft).toMatchObject({ name: "Weekend deep-learning box (2017)", currency: "USD" });
  });

  it("has a discount and totals about $2,200", () => {
    expect(draft.items.some((item) => (item.discountCents ?? 0) > 0)).toBe(true);
    const subtotalCents = draft.items.reduce(
      (sum, item) => sum + item.quantity * (item.priceCents ?? 0) - (item.discountCents ?? 0), 0);
    // Tax in thousandths of a percent keeps the arithmetic in integers.
    const taxMilliPct = Math.round((draft.taxRate ?? 0) * 1000);
    const totalCents = subtotalCents + (draft.shippingCents ?? 0) + Math.round((subtotalCents * taxMilliPct) / 100_000);
    expect(Number.isInteger(totalCents)).toBe(true);
    expect(totalCents).toBeGreaterThanOrEqual(210_000);
    expect(totalCents).toBeLessThanOrEqual(230_000);
  });

  it("matches the blog post: a GTX 1080 Ti, an unlocked i7-7700K on Z270, 64 GB and two 500 GB SSDs", () => {
    expect(only("gpu").part.id).toBe("gpu-nvidia-geforce-gtx-1080-ti-fe");
    expect(only("cpu").part.specs).toMatchObject({ socket: "LGA1151", unlocked: true });
    expect(only("motherboard").part.specs).toMatchObject({ chipset: "Z270", overclocking: true });
    const memory = only("memory");
    expect(memory.quantity * (memory.part.specs.modules ?? 0) * (memory.part.specs.moduleGb ?? 0)).toBe(64);
    const storage = only("storage");
    expect(storage.quantity).toBe(2);
    expect(storage.part.specs).toMatchObject({ type: "SSD", capacityGb: 500 });
  });

  it("is mutually compatible: socket, memory, clearances, power", () => {
    const cpu = only("cpu").part.specs;
    const board = only("motherboard").part.specs;
    const memory = only("memory");
    const gpu = only("gpu").part.specs;
    const cooler = only("cpu-cooler").part.specs;
    const pcCase = only("case").part.specs;
    const psu = only("psu").part.specs;

    expect(board.socket).toBe(cpu.socket);
    expect(cooler.sockets).toContain(cpu.socket);
    expect(memory.part.specs.type).toBe(board.memoryType);
    expect(cpu.memoryTypes).toContain(memory.part.specs.type);
    const modules = memory.quantity * (memory.part.specs.modules ?? Infinity);
    expect(modules).toBeLessThanOrEqual(board.memorySlots ?? 0);
    expect(modules * (memory.part.specs.moduleGb ?? Infinity)).toBeLessThanOrEqual(
      Math.min(board.maxMemoryGb ?? 0, cpu.maxMemoryGb ?? 0));
    expect(pcCase.motherboardFormFactors).toContain(board.formFactor);
    expect(pcCase.psuFormFactors).toContain(psu.formFactor);
    expect(gpu.lengthMm ?? Infinity).toBeLessThanOrEqual(pcCase.maxGpuLengthMm ?? 0);
    expect(cooler.heightMm ?? Infinity).toBeLessThanOrEqual(pcCase.maxCpuCoolerHeightMm ?? 0);
    expect(only("storage").quantity).toBeLessThanOrEqual((pcCase.bays25 ?? 0) + (pcCase.bays35 ?? 0));
    // NVIDIA recommends a 600 W PSU for the 1080 Ti; its 8-pin + 6-pin sockets each take a 6+2 plug.
    expect(psu.wattage ?? 0).toBeGreaterThanOrEqual(600);
    const gpuPlugs = (gpu.powerConnectors?.pin6 ?? 0) + (gpu.powerConnectors?.pin8 ?? 0);
    expect(gpuPlugs).toBe(2);
    expect(psu.connectors?.pcie8 ?? 0).toBeGreaterThanOrEqual(gpuPlugs);
  });
});

describe("loadExampleBuild", () => {
  it("throws naming the file and the field when the draft is invalid", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "example-build-"));
    try {
      const file = path.join(dir, "broken-build.json");
      fs.writeFileSync(file, JSON.stringify({ name: "x", items: [{ partId: "cpu-a", quantity: 0 }] }));
      expect(() => loadExampleBuild(file)).toThrow(/broken-build\.json: items\.0\.quantity: /);
      fs.writeFileSync(file, "{ not json");
      expect(() => loadExampleBuild(file)).toThrow(/broken-build\.json: invalid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
