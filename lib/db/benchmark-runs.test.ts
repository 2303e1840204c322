import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseBenchmarkResult, type BenchmarkResult } from "../benchmark";
import { countBenchmarkRuns, createBenchmarkRun, deleteBenchmarkRun, listBenchmarkRuns } from "./benchmark-runs";
import { createBuild, deleteBuild } from "./builds";
import { upsertParts } from "./parts";
import { createTestDb, type TestDb } from "./test-db";
import { TEST_PARTS, testContent } from "./test-fixtures";

function fixture(name: string): BenchmarkResult {
  const parsed = parseBenchmarkResult(readFileSync(new URL(`../benchmark/fixtures/${name}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.result;
}

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
});
afterEach(() => t.cleanup());

async function newBuild() {
  return (await createBuild(t.db, testContent())).build;
}

describe("benchmark runs data layer", () => {
  it("stores the validated document and reads it back unchanged, newest first, per build", async () => {
    const a = await newBuild();
    const b = await newBuild();
    const older = await createBenchmarkRun(t.db, { buildId: a.id, buildVersion: 1, result: fixture("result-1080ti-box.json") }, new Date("2026-11-21T20:00:00Z"));
    const newer = await createBenchmarkRun(t.db, { buildId: a.id, buildVersion: 2, result: fixture("result-4090-box.json") }, new Date("2026-11-22T09:00:00Z"));
    await createBenchmarkRun(t.db, { buildId: b.id, buildVersion: 1, result: fixture("result-h100-device.json") });

    const runs = await listBenchmarkRuns(t.db, a.id);
    expect(runs.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(runs[1]).toEqual({ id: older.id, buildId: a.id, buildVersion: 1, createdAt: new Date("2026-11-21T20:00:00Z"), result: fixture("result-1080ti-box.json") });
    expect(runs[0]?.result.mode).toBe("quick");
    expect(await countBenchmarkRuns(t.db, a.id)).toBe(2);
    expect((await listBenchmarkRuns(t.db, b.id)).map((r) => r.result.machine.gpus[0]?.name)).toEqual([expect.stringContaining("H100")]);
    // Listing columns mirror the document, so runs can be filtered without parsing JSON.
    expect(await t.db.benchmarkRun.findUnique({ where: { id: older.id }, select: { mode: true, schemaVersion: true } })).toEqual({ mode: "full", schemaVersion: 1 });
  });

  it("deletes a run only through its own build", async () => {
    const a = await newBuild();
    const b = await newBuild();
    const run = await createBenchmarkRun(t.db, { buildId: a.id, buildVersion: 1, result: fixture("result-1080ti-box.json") });
    expect(await deleteBenchmarkRun(t.db, b.id, run.id)).toBe(false);
    expect(await countBenchmarkRuns(t.db, a.id)).toBe(1);
    expect(await deleteBenchmarkRun(t.db, a.id, run.id)).toBe(true);
    expect(await deleteBenchmarkRun(t.db, a.id, run.id)).toBe(false);
    expect(await listBenchmarkRuns(t.db, a.id)).toEqual([]);
  });

  it("removes a build's runs with the build, and only that build's", async () => {
    const a = await newBuild();
    const b = await newBuild();
    await createBenchmarkRun(t.db, { buildId: a.id, buildVersion: 1, result: fixture("result-1080ti-box.json") });
    await createBenchmarkRun(t.db, { buildId: a.id, buildVersion: 1, result: fixture("result-4090-box.json") });
    await createBenchmarkRun(t.db, { buildId: b.id, buildVersion: 1, result: fixture("result-4090-box.json") });
    expect(await deleteBuild(t.db, a.id)).toBe(true);
    expect(await t.db.benchmarkRun.count({ where: { buildId: a.id } })).toBe(0);
    expect(await countBenchmarkRuns(t.db, b.id)).toBe(1);
  });

  it("refuses a run for a build that does not exist (foreign key)", async () => {
    await expect(createBenchmarkRun(t.db, { buildId: "missing-build-id-00000", buildVersion: 1, result: fixture("result-1080ti-box.json") })).rejects.toThrow();
    expect(await t.db.benchmarkRun.count()).toBe(0);
  });
});
