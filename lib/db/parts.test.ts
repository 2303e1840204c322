import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countPartsByCategory, getPart, getPartsByIds, listParts, upsertParts } from "./parts";
import { createTestDb, type TestDb } from "./test-db";
import { TEST_PARTS } from "./test-fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
});
afterEach(() => t.cleanup());

describe("parts data layer", () => {
  it("round-trips a part with its specs and keeps unknown price as null", async () => {
    const ssd = await getPart(t.db, "test-ssd");
    expect(ssd).toMatchObject({ category: "storage", priceCents: null, specs: { interface: "SATA", capacityGb: 500 } });
    expect(await getPart(t.db, "nope")).toBeNull();
  });

  it("searches by every word, filters by category and pages", async () => {
    const page = await listParts(t.db, { q: "gtx 1080", page: 1, pageSize: 10 });
    expect(page.items.map((p) => p.id)).toEqual(["test-gpu"]);
    const byCategory = await listParts(t.db, { category: "cpu", page: 1, pageSize: 10 });
    expect(byCategory.total).toBe(1);
    const all = await listParts(t.db, { page: 2, pageSize: 2, sort: "price-asc" });
    expect(all.total).toBe(3);
    // Unknown prices sort last.
    expect(all.items.map((p) => p.id)).toEqual(["test-ssd"]);
  });

  it("upserts by id without duplicating, and counts per category", async () => {
    await upsertParts(t.db, [{ ...TEST_PARTS[0]!, priceCents: 100 }]);
    expect((await getPart(t.db, "test-cpu"))?.priceCents).toBe(100);
    expect(await countPartsByCategory(t.db)).toEqual({ cpu: 1, gpu: 1, storage: 1 });
    const map = await getPartsByIds(t.db, ["test-cpu", "test-cpu", "missing"]);
    expect([...map.keys()]).toEqual(["test-cpu"]);
  });
});
