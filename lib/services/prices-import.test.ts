import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogFingerprint } from "../db/catalog-snapshot";
import { getPart } from "../db/parts";
import { listPriceObservations } from "../db/price-observations";
import { seedDatabase } from "../db/seed";
import { createTestDb, type TestDb } from "../db/test-db";
import { TEST_PARTS } from "../db/test-fixtures";
import type { PriceObservation } from "../prices";
import { formatPricesSummary, importPriceList } from "./prices-import";

const NOW = new Date("2026-11-30T00:00:00Z");
const reference: PriceObservation[] = [
  { partId: "test-gpu", retailer: "NVIDIA", url: "https://example.com/launch", priceCents: 69_900, currency: "USD", observedAt: "2017-03-10T00:00:00.000Z", source: "msrp" },
  { partId: "test-ssd", retailer: "Samsung", url: "https://example.com/ssd", priceCents: 16_999, currency: "USD", observedAt: "2014-12-08T00:00:00.000Z", source: "msrp" },
];
const example = { name: "Empty", items: [] };

let t: TestDb;
let dir: string;
beforeEach(async () => {
  delete (globalThis as { dlboxCatalog?: unknown }).dlboxCatalog;
  t = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-prices-"));
  await seedDatabase(t.db, TEST_PARTS, example, reference);
});
afterEach(async () => {
  await t.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function csv(lines: string[]): string {
  const file = path.join(dir, "prices.csv");
  fs.writeFileSync(file, ["retailer,price,currency,observedAt,partId,mpn,name,category,url", ...lines].join("\n"));
  return file;
}

describe("reference prices at seed time", () => {
  it("become observations and each part's current price, with its date; a second seed writes nothing", async () => {
    expect(await getPart(t.db, "test-gpu")).toMatchObject({ priceCents: 69_900, priceObservedAt: "2017-03-10T00:00:00.000Z" });
    // The SSD's part file says null; its reference price wins.
    expect(await getPart(t.db, "test-ssd")).toMatchObject({ priceCents: 16_999 });
    // No observation: the part keeps the price its file gave it, without a date.
    expect(await getPart(t.db, "test-cpu")).toMatchObject({ priceCents: 33_999, priceObservedAt: null });
    const before = await catalogFingerprint(t.db);
    await seedDatabase(t.db, TEST_PARTS, example, reference);
    expect(await catalogFingerprint(t.db)).toBe(before);
  });
});

describe("importPriceList", () => {
  const threeRetailers = [
    "Newegg,749.99,USD,2017-04-01,test-gpu,,,,https://www.newegg.com/p/1",
    "Newegg,719.99,USD,2017-06-01,test-gpu,,,,https://www.newegg.com/p/1",
    "Amazon,739.00,USD,2017-04-15,,,NVIDIA GeForce GTX 1080 Ti,gpu,",
    "Amazon,699.00,USD,2017-06-01,,,NVIDIA GeForce GTX 1080 Ti,gpu,",
    "B&H,729.95,USD,2017-05-01,test-gpu,,,,",
    "B&H,709.95,USD,2017-05-20,test-gpu,,,,",
    "Newegg,99.00,USD,2017-06-01,,,Some unknown gizmo,,",
    "Newegg,free,USD,2017-06-01,test-gpu,,,,",
  ];

  it("stores three retailers' prices, reports unmatched and invalid rows, and reprices the part with the newest, lowest one", async () => {
    const summary = await importPriceList(t.db, csv(threeRetailers), NOW);
    expect(summary).toMatchObject({ rows: 8, matched: { id: 4, mpn: 0, name: 2 }, inserted: 6, updated: 0, unchanged: 0, repriced: 1 });
    expect(summary.unmatched).toEqual([{ line: 8, reason: "no part matches this name closely enough" }]);
    expect(summary.invalid.map((p) => p.line)).toEqual([9]);
    expect(await getPart(t.db, "test-gpu")).toMatchObject({ priceCents: 69_900, priceObservedAt: "2017-06-01T00:00:00.000Z" });
    const history = await listPriceObservations(t.db, "test-gpu");
    expect(history).toHaveLength(7);
    expect(new Set(history.map((o) => o.retailer))).toEqual(new Set(["NVIDIA", "Newegg", "Amazon", "B&H"]));
    expect(history[0]?.observedAt).toBe("2017-06-01T00:00:00.000Z");
    expect(formatPricesSummary(summary)).toContain("line 8: no part matches this name closely enough");
  });

  it("is idempotent, updates a corrected price, and keeps a newer price through the next seed", async () => {
    await importPriceList(t.db, csv(threeRetailers), NOW);
    const fingerprint = await catalogFingerprint(t.db);
    expect(await importPriceList(t.db, csv(threeRetailers), NOW)).toMatchObject({ inserted: 0, updated: 0, unchanged: 6, repriced: 0 });
    expect(await catalogFingerprint(t.db)).toBe(fingerprint);
    const corrected = threeRetailers.map((l) => l.replace("Amazon,699.00", "Amazon,689.00"));
    expect(await importPriceList(t.db, csv(corrected), NOW)).toMatchObject({ inserted: 0, updated: 1, unchanged: 5, repriced: 1 });
    await seedDatabase(t.db, TEST_PARTS, example, reference);
    expect(await getPart(t.db, "test-gpu")).toMatchObject({ priceCents: 68_900 });
  });

  it("refuses a file without the required columns, writing nothing", async () => {
    const file = path.join(dir, "bad.csv");
    fs.writeFileSync(file, "shop,price\nA,1\n");
    await expect(importPriceList(t.db, file, NOW)).rejects.toThrow(/Missing column|Unknown column/);
    expect(await listPriceObservations(t.db, "test-gpu")).toHaveLength(1);
  });
});
