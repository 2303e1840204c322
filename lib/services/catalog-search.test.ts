import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBuiltinCatalog } from "../catalog/builtin-catalog";
import { matchPartIds } from "../db/part-search";
import { upsertParts } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { openDbSource } from "../import-export/opendb/dataset-source";
import type { Category } from "../parts/categories";
import { searchParts, type SearchItem } from "../parts/search";
import { queryWords } from "../parts/search-terms";
import { catalogIndex, searchCatalog } from "./catalog";
import { importCatalogPath } from "./catalog-import";

// The searches issue #16 reported, through the database's full-text index and the ranking, on the
// built-in catalog plus the whole OpenDB (on a clone without ../shared, its committed sample).
const source = openDbSource();
let t: TestDb;
beforeAll(async () => {
  delete (globalThis as { dlboxCatalog?: unknown }).dlboxCatalog;
  t = await createTestDb();
  await upsertParts(t.db, loadBuiltinCatalog());
  await importCatalogPath(t.db, source.dir);
}, 300_000);
afterAll(() => t.cleanup());

const search = (category: Category, q: string) => searchCatalog(t.db, { category, q, sort: "relevance", page: 1, pageSize: 10 });
const name = (p: SearchItem) => `${p.brand} ${p.model}`;

describe(`catalog search over the built-in catalog and OpenDB (${source.kind})`, () => {
  it('"1080 Ti": the curated Founders Edition first, and no GTX 1080 because "Edition" holds "ti"', async () => {
    const r = await search("gpu", "1080 Ti");
    expect(r.items[0]?.id).toBe("gpu-nvidia-geforce-gtx-1080-ti-fe");
    for (const part of r.items) expect(name(part)).toMatch(/1080 ?Ti/i);
    if (source.kind === "full") expect(r.total).toBeGreaterThan(40);
  });

  it('"7700K": the Core i7-7700K first, its two OpenDB entries (boxed and tray) as one result, the AMD A10-7700K after', async () => {
    const r = await search("cpu", "7700K");
    expect(r.items[0]?.id).toBe("cpu-intel-core-i7-7700k");
    const intel = r.items.filter((p) => p.source === "imported" && /i7 7700K/.test(p.model));
    expect(intel).toHaveLength(1);
    expect(intel[0]?.variants).toHaveLength(1);
    const amd = r.items.findIndex((p) => /A10-7700K/.test(p.model));
    expect(amd).toBeGreaterThan(r.items.indexOf(intel[0]!));
  });

  it('"Define C": the Define C first, every Define C above any Define 7 (whose "Type-C" port holds the word "c")', async () => {
    const r = await search("case", "Define C");
    expect(r.items[0]?.id).toBe("case-fractal-design-define-c");
    const models = r.items.map((p) => p.model);
    const lastC = models.findLastIndex((m) => /^Define C\b/.test(m));
    const first7 = models.findIndex((m) => /^Define 7\b/.test(m));
    expect(lastC).toBeGreaterThanOrEqual(1);
    if (first7 >= 0) expect(lastC).toBeLessThan(first7);
  });

  it('"1080" does not match "10800", and model-number prefixes match ("7800" finds the 7800X3D)', async () => {
    expect((await search("gpu", "1080")).items.every((p) => !/10800/.test(p.model))).toBe(true);
    expect((await search("cpu", "7800")).items.some((p) => /7800X3D/.test(p.model))).toBe(true);
  });

  it("the database index matches exactly the parts the in-memory matcher does", async () => {
    const { index } = await catalogIndex(t.db);
    const queries: Array<[Category | undefined, string]> = [
      ["gpu", "1080 Ti"], ["cpu", "7700K"], ["case", "define c"], ["gpu", "rtx4090"], ["gpu", "gtx1080ti"],
      ["memory", "ddr5 32gb"], [undefined, "samsung 990 pro"], ["cpu", "i7"], ["psu", "850w gold"], [undefined, "noctua"],
    ];
    for (const [category, q] of queries) {
      const fromDb = (await matchPartIds(t.db, queryWords(q), category)).sort();
      const inMemory = searchParts(index, { category, q, sort: "name", page: 1, pageSize: 100_000 });
      const all = inMemory.items.flatMap((p) => [p.id, ...p.variants.map((v) => v.id)]).sort();
      expect(fromDb, `${category ?? "all"} "${q}"`).toEqual(all);
    }
  });
});
