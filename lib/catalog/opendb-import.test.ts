import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogFingerprint } from "../db/catalog-snapshot";
import { countPartsByCategory, getPart } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { OPENDB_CATEGORIES, OPENDB_CATEGORY_MAP } from "../import-export";
import { openDbSource, sampleManifest } from "../import-export/opendb/dataset-source";
import { importCatalogPath, type CatalogImportSummary } from "../services/catalog-import";
import { openDbPartId } from "./opendb-read";

// Integration: the real dataset from ../shared (or, on a clone without it, the committed sample) into
// a fresh database, through the same code path as `npm run catalog:import` (about 6 s for the first
// run of the full dataset, 3 s for each re-run).
const GTX_1080_TI = "0db682de-ab1a-4e53-9b65-16c70c3f4885";
const RYZEN_7800X3D = "4dcfffec-423b-4052-8aca-db6c0f84bb43";
const DEFINE_7 = "0aa5e9ea-08b5-4654-b1bf-409e693d4de8";

const source = openDbSource();
const openDbDir = () => source.dir;

let t: TestDb;
let first: CatalogImportSummary;
beforeAll(async () => {
  t = await createTestDb();
  first = await importCatalogPath(t.db, openDbDir());
}, 120_000);
afterAll(() => t.cleanup());

describe(`catalog import of BuildCores OpenDB (${source.kind})`, () => {
  it("imports every category: the files on disk minus the few it skips, with reasons", async () => {
    const expected: Record<string, number> = {};
    let files = 0;
    for (const category of OPENDB_CATEGORIES) {
      const onDisk = fs.readdirSync(path.join(openDbDir(), "open-db", category)).filter((f) => f.endsWith(".json")).length;
      const skipped = first.skipped.filter((s) => s.file.startsWith(`${category}/`)).length;
      expected[OPENDB_CATEGORY_MAP[category]] = onDisk - skipped;
      files += onDisk;
    }
    expect(first.read).toBe(files);
    const sampleFiles = Object.values(sampleManifest()).reduce((n, ids) => n + ids.length, 0);
    if (source.kind === "full") expect(files).toBeGreaterThan(29_000);
    else expect(files).toBe(sampleFiles);
    expect(first.skipped.length).toBeLessThanOrEqual(files * 0.01);
    for (const s of first.skipped) expect(s.reason).not.toBe("");
    expect(await countPartsByCategory(t.db)).toEqual(expected);
    expect(first).toMatchObject({ imported: files - first.skipped.length, updated: 0, unchanged: 0 });
  });

  it("changes nothing on a second run of the same data", async () => {
    const before = await catalogFingerprint(t.db);
    const again = await importCatalogPath(t.db, path.join(openDbDir(), "open-db"));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: first.imported });
    expect(await catalogFingerprint(t.db)).toBe(before);
  }, 60_000);

  it("stores known parts with their specs, source and OpenDB id", async () => {
    const gpu = await getPart(t.db, openDbPartId(GTX_1080_TI));
    expect(gpu).toMatchObject({ category: "gpu", brand: "Zotac", source: "imported", externalId: GTX_1080_TI, priceCents: null });
    expect(gpu?.specs).toMatchObject({ chipset: "GeForce GTX 1080 Ti", architecture: "Pascal", vramGb: 11, lengthMm: 300, powerConnectors: { pin8: 2 } });
    const cpu = await getPart(t.db, openDbPartId(RYZEN_7800X3D));
    expect(cpu).toMatchObject({ category: "cpu", brand: "AMD", model: "Ryzen 7 7800X3D", releaseYear: 2023 });
    expect(cpu?.specs).toMatchObject({ socket: "AM5", cores: 8, threads: 16, memoryTypes: ["DDR5"] });
    const chassis = await getPart(t.db, openDbPartId(DEFINE_7));
    expect(chassis).toMatchObject({ category: "case", brand: "Fractal Design" });
    expect(chassis?.specs).toMatchObject({ motherboardFormFactors: ["ATX", "Micro-ATX", "Mini-ITX"], maxGpuLengthMm: 467 });
  });

  it("takes prices from a shop's price list and keeps them through an OpenDB re-import", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-prices-"));
    const csv = path.join(dir, "prices.csv");
    fs.writeFileSync(csv, `externalId,priceCents,currency\n${GTX_1080_TI},69900,USD\nno-such-part,100,USD\n`);
    try {
      const prices = await importCatalogPath(t.db, csv);
      expect(prices).toMatchObject({ kind: "catalog-file", updated: 1, imported: 0 });
      expect(prices.skipped).toEqual([{ file: "externalId no-such-part", reason: "no part with this externalId" }]);
      expect((await getPart(t.db, openDbPartId(GTX_1080_TI)))?.priceCents).toBe(69_900);
      const again = await importCatalogPath(t.db, openDbDir());
      expect(again).toMatchObject({ imported: 0, updated: 0 });
      expect((await getPart(t.db, openDbPartId(GTX_1080_TI)))?.priceCents).toBe(69_900);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
