import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDbPartId } from "../catalog/opendb-read";
import { formatImportSummary } from "../catalog/import-summary";
import { getPart } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { openDbSource } from "../import-export/opendb/dataset-source";
import { importCatalogPath } from "./catalog-import";

// Small hand-made datasets: updates, skips and our own catalog format, each in milliseconds.
const GPU = "0db682de-ab1a-4e53-9b65-16c70c3f4885";
const CPU = "4dcfffec-423b-4052-8aca-db6c0f84bb43";

let t: TestDb;
let dir: string;
beforeEach(async () => {
  t = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-odb-"));
});
afterEach(async () => {
  await t.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function copyPart(category: string, id: string): Record<string, unknown> {
  const json = JSON.parse(fs.readFileSync(path.join(openDbSource().dir, "open-db", category, `${id}.json`), "utf8")) as Record<string, unknown>;
  writePart(category, `${id}.json`, JSON.stringify(json));
  return json;
}

function writePart(category: string, name: string, text: string) {
  fs.mkdirSync(path.join(dir, "open-db", category), { recursive: true });
  fs.writeFileSync(path.join(dir, "open-db", category, name), text);
}

describe("importCatalogPath with OpenDB folders", () => {
  it("updates a changed part in place, skips bad files with reasons, and ignores unknown folders", async () => {
    const gpu = copyPart("GPU", GPU);
    copyPart("CPU", CPU);
    writePart("GPU", "broken.json", "{ not json");
    writePart("GPU", "anonymous.json", JSON.stringify({ metadata: { name: "No id" } }));
    writePart("GPU", "copy.json", JSON.stringify(gpu));
    fs.mkdirSync(path.join(dir, "open-db", "Keyboard"));
    const first = await importCatalogPath(t.db, dir);
    expect(first).toMatchObject({ read: 5, imported: 2, updated: 0, unchanged: 0, ignoredFolders: ["Keyboard"] });
    expect(first.skipped).toEqual([
      { file: "GPU/anonymous.json", reason: "missing or invalid opendb_id" },
      { file: "GPU/broken.json", reason: "invalid JSON" },
      { file: "GPU/copy.json", reason: "duplicate opendb_id" },
    ]);
    const summary = formatImportSummary(first);
    expect(summary).toContain("1 x invalid JSON (e.g. GPU/broken.json)");
    expect(summary).toMatch(/imported\s+: 2/);

    fs.rmSync(path.join(dir, "open-db", "GPU", "copy.json"));
    writePart("GPU", `${GPU}.json`, JSON.stringify({ ...gpu, memory: 12 }));
    const second = await importCatalogPath(t.db, path.join(dir, "open-db"));
    expect(second).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect((await getPart(t.db, openDbPartId(GPU)))?.specs).toMatchObject({ vramGb: 12 });
  });

  it("rejects a folder that is not an OpenDB checkout, and a file of another type", async () => {
    await expect(importCatalogPath(t.db, dir)).rejects.toThrow(/not a BuildCores OpenDB checkout/);
    const other = path.join(dir, "list.txt");
    fs.writeFileSync(other, "x");
    await expect(importCatalogPath(t.db, other)).rejects.toThrow(/expected a \.json or \.csv/);
  });
});

describe("importCatalogPath with our catalog format", () => {
  it("imports parts as source 'user', updates them on change, and reports row errors", async () => {
    const file = path.join(dir, "shop.json");
    const entry = { category: "gpu", brand: "Acme", model: "Turbo 9000", priceCents: 49_900, externalId: "acme-9000", specs: { vramGb: 16 } };
    fs.writeFileSync(file, JSON.stringify([entry, { category: "gpu", brand: "Acme" }]));
    const first = await importCatalogPath(t.db, file);
    expect(first).toMatchObject({ kind: "catalog-file", read: 2, imported: 1, updated: 0 });
    expect(first.skipped).toHaveLength(1);
    expect(first.skipped[0]?.file).toBe("entry 2");
    expect(await getPart(t.db, "ext-acme-9000")).toMatchObject({ source: "user", brand: "Acme", priceCents: 49_900, specs: { vramGb: 16 } });

    fs.writeFileSync(file, JSON.stringify([{ ...entry, priceCents: 45_000 }]));
    expect(await importCatalogPath(t.db, file)).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    expect(await importCatalogPath(t.db, file)).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    expect((await getPart(t.db, "ext-acme-9000"))?.priceCents).toBe(45_000);
  });
});
