import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CATEGORIES, type Category } from "../parts/categories";
import { specsSchemaFor } from "../parts/parse-specs";
import type { Part, PartOf } from "../parts/types";
import { loadBuiltinCatalog } from "./builtin-catalog";

const CATALOG_DIR = fileURLToPath(new URL("../../prisma/seed/parts", import.meta.url));
const parts = loadBuiltinCatalog(CATALOG_DIR);
const ofCategory = <C extends Category>(category: C) =>
  parts.filter((part): part is PartOf<C> => part.category === category);

// Section 3 of /work/shared/reference/deep-learning-hardware-facts.md, copied by hand:
// [id, architecture, compute capability, VRAM GB, bandwidth GB/s, FP32 TFLOPS, dense FP16 tensor TFLOPS, board W]
type RefRow = [string, string, string, number, number, number, number | undefined, number];
const FACTS_GPUS: RefRow[] = [
  ["gpu-nvidia-tesla-k80", "Kepler", "3.7", 24, 480, 8.74, undefined, 300],
  ["gpu-nvidia-geforce-gtx-1070-fe", "Pascal", "6.1", 8, 256, 6.46, undefined, 150],
  ["gpu-nvidia-geforce-gtx-1080-fe", "Pascal", "6.1", 8, 320, 8.87, undefined, 180],
  ["gpu-nvidia-geforce-gtx-1080-ti-fe", "Pascal", "6.1", 11, 484, 11.34, undefined, 250],
  ["gpu-nvidia-titan-xp", "Pascal", "6.1", 12, 547.7, 12.15, undefined, 250],
  ["gpu-nvidia-tesla-v100-pcie-16gb", "Volta", "7.0", 16, 900, 14.0, 112, 250],
  ["gpu-nvidia-tesla-v100-pcie-32gb", "Volta", "7.0", 32, 900, 14.0, 112, 250],
  ["gpu-nvidia-geforce-rtx-2080-ti-fe", "Turing", "7.5", 11, 616, 13.45, 107.6, 250],
  ["gpu-nvidia-titan-rtx", "Turing", "7.5", 24, 672, 16.31, 130.5, 280],
  ["gpu-nvidia-tesla-t4", "Turing", "7.5", 16, 320, 8.1, 64.8, 70],
  ["gpu-nvidia-geforce-rtx-3060-12gb", "Ampere", "8.6", 12, 360, 12.74, 51, 170],
  ["gpu-nvidia-geforce-rtx-3080-fe", "Ampere", "8.6", 10, 760, 29.77, 119, 320],
  ["gpu-nvidia-geforce-rtx-3090-fe", "Ampere", "8.6", 24, 935.8, 35.58, 143, 350],
  ["gpu-nvidia-rtx-a6000", "Ampere", "8.6", 48, 768, 38.71, 155, 300],
  ["gpu-nvidia-a100-pcie-40gb", "Ampere", "8.0", 40, 1555, 19.5, 312, 250],
  ["gpu-nvidia-a100-sxm4-80gb", "Ampere", "8.0", 80, 2039, 19.5, 312, 400],
  ["gpu-nvidia-geforce-rtx-4070-ti-super", "Ada", "8.9", 16, 672, 44.1, 176, 285],
  ["gpu-nvidia-geforce-rtx-4080-fe", "Ada", "8.9", 16, 717, 48.7, 195, 320],
  ["gpu-nvidia-geforce-rtx-4090-fe", "Ada", "8.9", 24, 1008, 82.6, 330, 450],
  // The facts file marks the RTX 6000 Ada tensor figure unverified; issue #15 (item 10) adds it: NVIDIA's
  // data sheet gives 1,457 TFLOPS FP8 with sparsity, i.e. 364.2 dense FP16, which matches Ada's 1,024 dense
  // FP16 FLOPs per SM per clock (the 4090's 330.3 over 128 SMs at 2.52 GHz) x 142 SMs x 2.505 GHz.
  ["gpu-nvidia-rtx-6000-ada", "Ada", "8.9", 48, 960, 91.06, 364.2, 300],
  ["gpu-nvidia-h100-pcie-80gb", "Hopper", "9.0", 80, 2039, 51.2, 756, 350],
  ["gpu-nvidia-h100-sxm5-80gb", "Hopper", "9.0", 80, 3352, 66.9, 989, 700],
  ["gpu-nvidia-geforce-rtx-5080-fe", "Blackwell", "12.0", 16, 960, 56.28, 225, 360],
  ["gpu-nvidia-geforce-rtx-5090-fe", "Blackwell", "12.0", 32, 1792, 104.8, 419, 575],
];

describe("built-in catalog data", () => {
  it("holds at least 150 parts with a non-trivial count in every core category", () => {
    expect(parts.length).toBeGreaterThanOrEqual(150);
    const minimum: Record<Exclude<Category, "other">, number> = {
      gpu: 30, cpu: 30, motherboard: 20, memory: 12, storage: 15, case: 12, psu: 15, "cpu-cooler": 12, "case-fan": 5,
    };
    for (const [category, min] of Object.entries(minimum)) {
      expect(ofCategory(category as Category).length, category).toBeGreaterThanOrEqual(min);
    }
  });

  it("passes every part through its category's strict spec schema and marks it built-in", () => {
    for (const part of parts) {
      expect(specsSchemaFor(part.category).safeParse(part.specs).success, part.id).toBe(true);
      expect(part.id.startsWith(`${part.category}-`), part.id).toBe(true);
      expect(part).toMatchObject({ source: "builtin", externalId: null, currency: "USD" });
    }
  });

  it("uses unique ids", () => {
    expect(new Set(parts.map((part) => part.id)).size).toBe(parts.length);
  });

  it("spans 2016 to the current generation", () => {
    const years = parts.map((part) => part.releaseYear).filter((year): year is number => year !== null);
    expect(years.filter((year) => year === 2016 || year === 2017).length).toBeGreaterThan(10);
    expect(years.filter((year) => year >= 2024).length).toBeGreaterThan(10);
  });

  it.each(FACTS_GPUS)("has %s with the facts-file figures", (id, arch, cc, vram, bw, fp32, fp16, watts) => {
    const gpu = ofCategory("gpu").find((part) => part.id === id);
    expect(gpu, id).toBeDefined();
    expect(gpu?.specs).toMatchObject({
      vendor: "nvidia", architecture: arch, computeCapability: cc, vramGb: vram, bandwidthGBps: bw,
      fp32Tflops: fp32, boardPowerW: watts,
    });
    expect(gpu?.specs.fp16TensorTflops).toBe(fp16);
  });

  it("models the K80 as two dies behind one passive board", () => {
    const k80 = ofCategory("gpu").find((part) => part.id === "gpu-nvidia-tesla-k80");
    expect(k80?.specs).toMatchObject({ gpuDies: 2, cooling: "passive", powerConnectors: { eps8: 1 } });
  });

  it("includes an AMD card so the rules can flag an unsupported vendor", () => {
    const amd = ofCategory("gpu").filter((part) => part.specs.vendor === "amd");
    expect(amd.map((part) => part.specs.architecture)).toContain("RDNA3");
    expect(amd.every((part) => part.specs.computeCapability === undefined)).toBe(true);
  });

  it("keeps socket strings consistent between CPUs, boards and coolers", () => {
    const cpuSockets = new Set(ofCategory("cpu").map((part) => part.specs.socket));
    expect([...cpuSockets].sort()).toEqual(["AM4", "AM5", "LGA1151", "LGA1700", "LGA1851", "sTR5"]);
    for (const cooler of ofCategory("cpu-cooler")) {
      for (const socket of cooler.specs.sockets ?? []) expect(cpuSockets.has(socket), `${cooler.id}: ${socket}`).toBe(true);
    }
    for (const board of ofCategory("motherboard")) expect(cpuSockets.has(board.specs.socket), board.id).toBe(true);
    for (const socket of cpuSockets) {
      expect(ofCategory("motherboard").some((board) => board.specs.socket === socket), socket).toBe(true);
    }
  });

  it("covers both memory generations, registered DIMMs and every storage kind", () => {
    const memory = ofCategory("memory").map((part) => part.specs);
    expect(memory.some((kit) => kit.type === "DDR4" && kit.modules === 4 && kit.moduleGb === 16)).toBe(true);
    expect(memory.some((kit) => kit.type === "DDR5" && kit.formFactor === "RDIMM" && kit.ecc === true)).toBe(true);
    const storage = ofCategory("storage").map((part) => part.specs);
    expect(storage.some((drive) => drive.type === "HDD" && drive.formFactor === "3.5")).toBe(true);
    expect(new Set(storage.filter((d) => d.interface === "NVMe").map((d) => d.pcieGen))).toEqual(new Set([3, 4, 5]));
  });

  it("offers PSUs from 550 W to 1600 W, including a native 16-pin unit", () => {
    const watts = ofCategory("psu").map((part) => part.specs.wattage ?? 0);
    expect(Math.min(...watts)).toBeLessThanOrEqual(550);
    expect(Math.max(...watts)).toBeGreaterThanOrEqual(1600);
    expect(ofCategory("psu").some((part) => (part.specs.connectors?.pin16 ?? 0) > 0)).toBe(true);
  });
});

describe("loadBuiltinCatalog on a broken directory", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function catalogDir(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "builtin-catalog-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const entry = (id: string, specs: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id, brand: "NVIDIA", model: "Test card", priceCents: 10000, currency: "USD", releaseYear: 2020, specs, ...extra,
  });

  it("names the file, the entry and the field of every problem in one error", () => {
    const dir = catalogDir({
      "gpu.json": JSON.stringify([
        entry("gpu-good", { vramGb: 8 }),
        entry("gpu-bad", { vramGb: "lots" }, { priceCents: 12.5 }),
      ]),
    });
    const error = captureError(() => loadBuiltinCatalog(dir));
    expect(error).toMatch(/gpu\.json \[1\] \(gpu-bad\): specs\.vramGb: /);
    expect(error).toMatch(/gpu\.json \[1\] \(gpu-bad\): priceCents: /);
    expect(error).not.toMatch(/gpu-good/);
  });

  it("rejects unknown spec keys, misnamed files, invalid JSON and duplicate ids", () => {
    const dir = catalogDir({
      "gpu.json": JSON.stringify([entry("gpu-x", { vramGb: 8 }), entry("gpu-y", { tdp: 250 })]),
      "cpu.json": JSON.stringify([{ ...entry("gpu-x", {}), brand: "Intel" }]),
      "gpus.json": "[]",
      "psu.json": "[{",
    });
    const error = captureError(() => loadBuiltinCatalog(dir));
    expect(error).toMatch(/gpu\.json \[1\] \(gpu-y\): specs: Unrecognized key: "tdp"/);
    expect(error).toMatch(/gpus\.json: not a part category/);
    expect(error).toMatch(/psu\.json: invalid JSON/);
    // Files load in category order, so the later gpu.json entry is the duplicate.
    expect(error).toMatch(/gpu\.json \[0\] \(gpu-x\): id: duplicate of an entry in cpu\.json/);
  });

  it("returns parts from a valid directory with built-in provenance", () => {
    const dir = catalogDir({ "case-fan.json": JSON.stringify([entry("case-fan-a", { sizeMm: 120 })]) });
    expect(loadBuiltinCatalog(dir)).toEqual<Part[]>([
      {
        id: "case-fan-a", category: "case-fan", brand: "NVIDIA", model: "Test card", priceCents: 10000,
        currency: "USD", releaseYear: 2020, source: "builtin", externalId: null, sourceUrl: null,
        specs: { sizeMm: 120 },
      },
    ]);
  });

  it("covers every category name the loader accepts", () => {
    const files = Object.fromEntries(CATEGORIES.map((category) => [`${category}.json`, "[]"]));
    expect(loadBuiltinCatalog(catalogDir(files))).toEqual([]);
  });
});

function captureError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the loader to throw");
}
