import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { benchmarkResultSchema } from "../benchmark/result-schema";
import { createBenchmarkRun } from "../db/benchmark-runs";
import { createBuild } from "../db/builds";
import { upsertParts } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { TEST_PARTS, testContent } from "../db/test-fixtures";
import { loadBuildOr404 } from "./builds";
import { ownershipSetup } from "./ownership";

const result = benchmarkResultSchema.parse(JSON.parse(readFileSync(new URL("../benchmark/fixtures/result-1080ti-box.json", import.meta.url), "utf8")));

let t: TestDb;
let id: string;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
  const created = await createBuild(t.db, testContent({ items: [{ partId: "test-gpu", custom: null, quantity: 1, priceCents: 69_900, discountCents: 0 }] }));
  id = created.build.id;
});
afterEach(() => t.cleanup());

describe("ownership setup service", () => {
  it("gives the build's total and GPUs, and no measured figures before any run", async () => {
    const setup = await ownershipSetup(t.db, await loadBuildOr404(t.db, id));
    // $699 + 8.25% tax + $15 shipping.
    expect(setup).toMatchObject({ currency: "USD", purchaseCents: 69_900 + 5_767 + 1_500, measured: null, defaultPresetId: "aws-p2-xlarge-2017" });
    expect(setup.gpus).toEqual([{ name: "NVIDIA GeForce GTX 1080 Ti", count: 1, fp32Tflops: null, fp16TensorTflops: null, bandwidthGBps: null, architecture: "Pascal", geforce: true }]);
  });

  it("reads the newest benchmark run's measured GPU figures", async () => {
    await createBenchmarkRun(t.db, { buildId: id, buildVersion: 1, result: { ...result, measurements: [] } }, new Date("2026-11-01T00:00:00Z"));
    await createBenchmarkRun(t.db, { buildId: id, buildVersion: 1, result }, new Date("2026-11-20T10:00:00Z"));
    const setup = await ownershipSetup(t.db, await loadBuildOr404(t.db, id));
    expect(setup.measured).toEqual({ figures: [{ fp32Tflops: 9.874, bandwidthGBps: 381.2 }], runAt: "2026-11-20T10:00:00.000Z" });
  });
});
