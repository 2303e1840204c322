import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBuild, getBuild } from "./builds";
import { getPart, upsertParts } from "./parts";
import { checkStoredSpecs } from "./spec-check";
import { createTestDb, type TestDb } from "./test-db";
import { TEST_PARTS, testContent } from "./test-fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
});
afterEach(() => t.cleanup());

describe("checkStoredSpecs (npm run db:check)", () => {
  it("lists parts and custom lines stored with out-of-range specs, and --fix clears only those values", async () => {
    // Rows as they could exist from before the bounds (issue 13's poison build and a bad import).
    await t.db.part.update({ where: { id: "test-gpu" }, data: { specs: JSON.stringify({ vramGb: 11, boardPowerW: 250, gpuDies: 1_000_000_000 }) } });
    const { build } = await createBuild(t.db, testContent({
      items: [{ partId: null, custom: { name: "Poison", category: "gpu", specs: { vramGb: 24, powerConnectors: { pin16: 1_000_000_000, pin8: 1 } } }, quantity: 1, priceCents: null, discountCents: 0 }],
    }));

    const found = await checkStoredSpecs(t.db);
    expect(found.problems.map((p) => [p.kind, p.id, p.label, p.dropped.map((d) => d.key)])).toEqual([
      ["part", "test-gpu", "NVIDIA GeForce GTX 1080 Ti", ["gpuDies"]],
      ["build-item", build.id, "line 1: Poison", ["powerConnectors.pin16"]],
    ]);
    expect(found.fixed).toBe(0);
    expect((await getPart(t.db, "test-gpu"))?.ignoredSpecs).toHaveLength(1);

    const fixed = await checkStoredSpecs(t.db, { fix: true });
    expect(fixed.fixed).toBe(2);
    expect((await getPart(t.db, "test-gpu"))?.specs).toEqual({ vramGb: 11, boardPowerW: 250 });
    const after = await getBuild(t.db, build.id);
    expect(after?.items[0]?.custom?.specs).toEqual({ vramGb: 24, powerConnectors: { pin8: 1 } });
    expect(after?.version).toBe(build.version);
    expect((await checkStoredSpecs(t.db)).problems).toEqual([]);
  });
});
