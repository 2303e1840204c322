import { describe, expect, it } from "vitest";
import { CATEGORIES, type Category } from "../parts/categories";
import { createPartMatcher, MATCH_THRESHOLD, matchParts, type CatalogEntry, TIE_MARGIN } from "./match-parts";
import { nameTokens } from "./name-tokens";

const catalog: CatalogEntry[] = [
  { id: "7700k", category: "cpu", brand: "Intel", model: "Core i7-7700K" },
  { id: "7700", category: "cpu", brand: "Intel", model: "Core i7-7700" },
  { id: "a10-7700k", category: "cpu", brand: "AMD", model: "A10-7700K" },
  { id: "7800x3d", category: "cpu", brand: "AMD", model: "Ryzen 7 7800X3D" },
  { id: "4090-suprim", category: "gpu", brand: "MSI", model: "SUPRIM X GeForce RTX 4090 24GB" },
  { id: "4090-suprim-liquid", category: "gpu", brand: "MSI", model: "SUPRIM LIQUID X GeForce RTX 4090 24GB" },
  { id: "p1-1tb", category: "storage", brand: "Crucial", model: "P1 1TB M.2-2280 NVMe" },
  { id: "p1-2tb", category: "storage", brand: "Crucial", model: "P1 2TB M.2-2280 NVMe" },
  { id: "rm850x-2021", category: "psu", brand: "Corsair", model: "RM850x (2021)" },
  { id: "rm750x-2021", category: "psu", brand: "Corsair", model: "RM750x (2021)" },
  { id: "lpx-16", category: "memory", brand: "Corsair", model: "Vengeance LPX 16GB (2x8GB) DDR4-3200 CL16" },
];

describe("nameTokens", () => {
  it("drops marketing words, clock speeds and core counts; glues units; TB -> GB", () => {
    expect(nameTokens("Intel Core i7-7700K 4.2 GHz Quad-Core Processor")).toEqual(["intel", "core", "i7", "7700k"]);
    expect(nameTokens("Corsair Vengeance LPX 16 GB (2 x 8 GB) DDR4-3200 CL16 Memory")).toEqual([
      "corsair", "vengeance", "lpx", "16gb", "2x8gb", "ddr4", "3200", "cl16",
    ]);
    expect(nameTokens("Crucial P1 1 TB M.2-2280 NVME Solid State Drive")).toEqual(["crucial", "p1", "1000gb", "m.2", "2280", "nvme"]);
  });
});

describe("matchParts", () => {
  const match = (name: string, category: Category) => matchParts([{ name, category }], catalog)[0];

  it("accepts PCPartPicker names of catalog parts with high confidence", () => {
    expect(match("Intel Core i7-7700K 4.2 GHz Quad-Core Processor", "cpu")).toMatchObject({ partId: "7700k", confidence: 1 });
    expect(match("AMD Ryzen 7 7800X3D 4.2 GHz 8-Core Processor", "cpu")).toMatchObject({ partId: "7800x3d" });
    expect(match("MSI GeForce RTX 4090 24 GB SUPRIM X Video Card", "gpu")?.partId).toBe("4090-suprim");
    expect(match("Crucial P1 1 TB M.2-2280 NVME Solid State Drive", "storage")?.partId).toBe("p1-1tb");
    expect(match("Corsair RM850x (2021) 850 W 80+ Gold Certified Fully Modular ATX Power Supply", "psu")?.partId).toBe("rm850x-2021");
    expect(match("Corsair Vengeance LPX 16 GB (2 x 8 GB) DDR4-3200 CL16 Memory", "memory")?.partId).toBe("lpx-16");
  });

  it("tells model numbers apart: i7-7700 is not the i7-7700K", () => {
    expect(match("Intel Core i7-7700 3.6 GHz Quad-Core Processor", "cpu")?.partId).toBe("7700");
    const k = matchParts([{ name: "Intel Core i7-7700K", category: "cpu" }], catalog.filter((c) => c.id !== "7700k"))[0];
    expect(k?.partId).toBeNull();
    expect(k?.candidates?.[0]?.partId).toBe("7700");
    expect(k?.confidence).toBeLessThan(MATCH_THRESHOLD);
  });

  it("does not accept another capacity of the same product line", () => {
    const result = matchParts([{ name: "Crucial P1 500 GB M.2-2280 NVME Solid State Drive", category: "storage" }], catalog)[0];
    expect(result?.partId).toBeNull();
    expect(result?.candidates?.length).toBeGreaterThan(0);
  });

  it("only matches within the item's category", () => {
    expect(match("Intel Core i7-7700K", "gpu")).toEqual({ partId: null, confidence: 0 });
    expect(match("Something nobody sells", "cpu")).toEqual({ partId: null, confidence: 0 });
  });

  it("returns candidates best first, at most three", () => {
    const result = match("MSI SUPRIM GeForce RTX 4090", "gpu");
    const scores = result?.candidates?.map((c) => c.confidence) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.length).toBeLessThanOrEqual(3);
  });

  it("indexes 30,000 parts and matches a full list quickly", () => {
    const big: CatalogEntry[] = [];
    const brands = ["Asus", "MSI", "Gigabyte", "Corsair", "Kingston", "Samsung", "Seagate", "Noctua", "Fractal", "EVGA"];
    for (let i = 0; i < 30_000; i += 1) {
      const category = CATEGORIES[i % CATEGORIES.length] as Category;
      big.push({ id: `p${i}`, category, brand: brands[i % brands.length] ?? "X", model: `Model ${i} Series ${i % 97} ${i % 13 ? "Pro" : "Elite"} ${(i % 8) * 8}GB` });
    }
    big.push(...catalog);
    const items = Array.from({ length: 64 }, (_, i) => ({ name: `MSI Model ${i * 401} Series ${(i * 401) % 97} Pro`, category: CATEGORIES[(i * 401) % CATEGORIES.length] as Category }));
    const started = performance.now();
    const matcher = createPartMatcher(big);
    const indexed = performance.now();
    const results = items.map((item) => matcher(item));
    const done = performance.now();
    expect(results.filter((r) => r.partId !== null).length).toBeGreaterThan(50);
    // Bounds catch a quadratic regression (minutes at this size), not machine speed;
    // typical on one idle core: ~400 ms to index, ~20 ms to match.
    expect(indexed - started).toBeLessThan(10_000);
    expect(done - indexed).toBeLessThan(3_000);
  });
});

describe("curated parts and part numbers", () => {
  const catalog = [
    { id: "case-define-c", category: "case" as const, brand: "Fractal Design", model: "Define C", source: "builtin" as const },
    { id: "odb-define-c-black", category: "case" as const, brand: "Fractal Design", model: "Define C ATX Mid Tower Black", source: "imported" as const },
    // Other cases, so "ATX Mid Tower" is common wording and not evidence.
    { id: "odb-r6", category: "case" as const, brand: "Fractal Design", model: "Define R6 ATX Mid Tower Black", source: "imported" as const },
    { id: "odb-h510", category: "case" as const, brand: "NZXT", model: "H510 ATX Mid Tower White", source: "imported" as const },
    { id: "odb-4000d", category: "case" as const, brand: "Corsair", model: "4000D Airflow ATX Mid Tower Black", source: "imported" as const },
    { id: "ssd-960-evo", category: "storage" as const, brand: "Samsung", model: "960 EVO 500GB (MZ-V6E500BW)", source: "builtin" as const },
    { id: "odb-960-evo", category: "storage" as const, brand: "Samsung", model: "960 Evo 500GB SSD M.2 PCIe 3.0 NVMe", source: "imported" as const },
  ];
  const match = createPartMatcher(catalog);

  it("lets a curated part win a near-tie (within TIE_MARGIN) against an imported one", () => {
    const r = match({ name: "Fractal Design Define C ATX Mid Tower Case", category: "case" });
    expect(r.partId).toBe("case-define-c");
    expect(r.candidates?.[1]?.partId).toBe("odb-define-c-black");
    expect(r.candidates![1]!.confidence - r.candidates![0]!.confidence).toBeLessThanOrEqual(TIE_MARGIN);
  });

  it("ignores a part number in parentheses at the end of a curated name", () => {
    expect(match({ name: "Samsung 960 EVO 500 GB M.2-2280 NVME Solid State Drive", category: "storage" })).toMatchObject({ partId: "ssd-960-evo" });
  });
});
