import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseBenchmarkResult } from "../benchmark";
import { createBenchmarkRun, deleteBenchmarkRun } from "./benchmark-runs";
import { createBuild, deleteBuild, updateBuild } from "./builds";
import { insertPartRows, updatePartRows } from "./part-bulk-sql";
import { partToRow } from "./part-mapper";
import { upsertParts } from "./parts";
import { buildRenderKey, catalogRevision, homeRenderKey } from "./render-keys";
import { createTestDb, type TestDb } from "./test-db";
import { TEST_PARTS, testContent } from "./test-fixtures";

const result = () => {
  const parsed = parseBenchmarkResult(readFileSync(new URL("../benchmark/fixtures/result-1080ti-box.json", import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.result;
};

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
});
afterEach(() => t.cleanup());

describe("render keys (what cached pages depend on)", () => {
  it("moves the build key with an edit and with every run upload or delete, and only then", async () => {
    const { build } = await createBuild(t.db, testContent());
    const first = await buildRenderKey(t.db, build.id);
    expect(first).toMatchObject({ buildId: build.id, version: 1, runs: "" });
    expect(await buildRenderKey(t.db, build.id)).toEqual(first);

    await updateBuild(t.db, build.id, 1, testContent({ name: "Edited" }));
    const edited = await buildRenderKey(t.db, build.id);
    expect(edited).toEqual({ ...first, version: 2 });

    const a = await createBenchmarkRun(t.db, { buildId: build.id, buildVersion: 2, result: result() });
    const b = await createBenchmarkRun(t.db, { buildId: build.id, buildVersion: 2, result: result() });
    const withRuns = await buildRenderKey(t.db, build.id);
    expect(withRuns?.runs).toBe([a.id, b.id].sort().join(","));
    // Deleting one run and uploading another keeps the count but not the key.
    await deleteBenchmarkRun(t.db, build.id, a.id);
    const c = await createBenchmarkRun(t.db, { buildId: build.id, buildVersion: 2, result: result() });
    expect((await buildRenderKey(t.db, build.id))?.runs).toBe([b.id, c.id].sort().join(","));
    expect((await buildRenderKey(t.db, build.id))?.version).toBe(2);
  });

  it("is null for a missing or deleted build", async () => {
    const { build } = await createBuild(t.db, testContent());
    expect(await buildRenderKey(t.db, "AAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
    await deleteBuild(t.db, build.id);
    expect(await buildRenderKey(t.db, build.id)).toBeNull();
  });

  it("bumps the catalog revision on any write to parts, whichever code path writes, and not on a no-op refresh", async () => {
    const start = await catalogRevision(t.db);
    await upsertParts(t.db, TEST_PARTS); // identical rows: nothing written
    expect(await catalogRevision(t.db)).toBe(start);

    await upsertParts(t.db, [{ ...TEST_PARTS[0]!, model: "Core i7-7700K (renamed)" }]);
    const afterUpdate = await catalogRevision(t.db);
    expect(afterUpdate).toBeGreaterThan(start);

    await insertPartRows(t.db, [partToRow({ ...TEST_PARTS[1]!, id: "raw-insert-gpu", externalId: "raw-1", source: "imported" })]);
    const afterInsert = await catalogRevision(t.db);
    expect(afterInsert).toBeGreaterThan(afterUpdate);

    await updatePartRows(t.db, [{ id: "raw-insert-gpu", row: partToRow({ ...TEST_PARTS[1]!, id: "raw-insert-gpu", model: "Renamed", externalId: "raw-1", source: "imported" }) }], ["model"]);
    const afterBulkUpdate = await catalogRevision(t.db);
    expect(afterBulkUpdate).toBeGreaterThan(afterInsert);

    await t.db.part.delete({ where: { id: "raw-insert-gpu" } });
    expect(await catalogRevision(t.db)).toBeGreaterThan(afterBulkUpdate);
  });

  it("carries the catalog revision in the build and home keys", async () => {
    const { build } = await createBuild(t.db, testContent(), { isExample: true });
    const before = await buildRenderKey(t.db, build.id);
    const home = await homeRenderKey(t.db);
    expect(home).toEqual({ example: { id: build.id, version: 1 }, catalogRevision: before!.catalogRevision });
    await t.db.part.update({ where: { id: "test-cpu" }, data: { priceCents: 1 } });
    expect((await buildRenderKey(t.db, build.id))!.catalogRevision).toBeGreaterThan(before!.catalogRevision);
    expect((await homeRenderKey(t.db)).catalogRevision).toBeGreaterThan(home.catalogRevision);
  });

  it("names the first example build on the home key, or none", async () => {
    expect((await homeRenderKey(t.db)).example).toBeNull();
    await createBuild(t.db, testContent()); // not an example
    expect((await homeRenderKey(t.db)).example).toBeNull();
    const { build } = await createBuild(t.db, testContent(), { isExample: true });
    await updateBuild(t.db, build.id, 1, testContent({ name: "Example, edited" }));
    expect((await homeRenderKey(t.db)).example).toEqual({ id: build.id, version: 2 });
  });
});
