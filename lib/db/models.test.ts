import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadBuiltinModels } from "../catalog/builtin-models";
import { getModel, listModels, syncModels } from "./models";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.cleanup());

const models = loadBuiltinModels();

describe("model catalog data layer", () => {
  it("stores the built-in models and reads back exactly the same facts, in catalog order", async () => {
    expect(await syncModels(t.db, models)).toEqual({ inserted: models.length, updated: 0, removed: 0 });
    expect(await listModels(t.db)).toEqual(models);
    expect(await getModel(t.db, "deepseek-v3")).toEqual(models.find((m) => m.id === "deepseek-v3"));
    expect(await getModel(t.db, "nope")).toBeNull();
    const row = await t.db.languageModel.findUnique({ where: { id: "deepseek-v3" } });
    expect(row).toMatchObject({ paramsTotalMillions: 671000, paramsActiveMillions: 37000, layers: 61, contextMax: 163840 });
  });

  it("a second sync writes nothing; changed and removed models are rewritten and deleted", async () => {
    await syncModels(t.db, models);
    expect(await syncModels(t.db, models)).toEqual({ inserted: 0, updated: 0, removed: 0 });
    const changed = models.slice(1).map((m, i) => (i === 0 ? { ...m, contextMax: 1024 } : m));
    expect(await syncModels(t.db, changed)).toEqual({ inserted: 0, updated: models.length - 1, removed: 1 });
    expect((await listModels(t.db))[0]!.contextMax).toBe(1024);
  });

  it("skips a stored row whose facts no longer validate instead of trusting it", async () => {
    await syncModels(t.db, models);
    await t.db.languageModel.update({ where: { id: "phi-4" }, data: { facts: '{"id":"phi-4"}' } });
    const listed = await listModels(t.db);
    expect(listed.map((m) => m.id)).not.toContain("phi-4");
    expect(listed).toHaveLength(models.length - 1);
  });
});
