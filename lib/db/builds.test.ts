import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashEditToken, tokenMatches } from "../builds/tokens";
import { createBuild, deleteBuild, getBuild, getEditTokenHash, updateBuild } from "./builds";
import { upsertParts } from "./parts";
import { createTestDb, type TestDb } from "./test-db";
import { TEST_PARTS, testContent } from "./test-fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
});
afterEach(() => t.cleanup());

describe("builds data layer", () => {
  it("creates a build with an unguessable id and stores only the token's hash", async () => {
    const { build, editToken } = await createBuild(t.db, testContent());
    expect(build.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(build.version).toBe(1);
    const stored = await getEditTokenHash(t.db, build.id);
    expect(stored).toBe(hashEditToken(editToken));
    expect(stored).not.toContain(editToken);
    expect(tokenMatches(editToken, stored!)).toBe(true);
    expect(tokenMatches(editToken + "x", stored!)).toBe(false);
  });

  it("reads items back in order with catalog parts and custom parts", async () => {
    const { build } = await createBuild(t.db, testContent());
    const read = await getBuild(t.db, build.id);
    expect(read?.items.map((i) => i.part?.id ?? i.custom?.name)).toEqual(["test-cpu", "test-ssd", "Thermal paste"]);
    expect(read?.items[1]).toMatchObject({ quantity: 2, priceCents: 16999, discountCents: 2000 });
    expect(read).toMatchObject({ shippingCents: 1500, taxMilliPct: 8250 });
  });

  it("updates only from the current version; a stale version conflicts and changes nothing", async () => {
    const { build } = await createBuild(t.db, testContent());
    const first = await updateBuild(t.db, build.id, 1, testContent({ name: "First" }));
    expect(first.status).toBe("ok");
    const stale = await updateBuild(t.db, build.id, 1, testContent({ name: "Second", items: [] }));
    expect(stale).toEqual({ status: "conflict", currentVersion: 2 });
    const read = await getBuild(t.db, build.id);
    expect(read).toMatchObject({ name: "First", version: 2 });
    expect(read?.items).toHaveLength(3);
    expect(await updateBuild(t.db, "missing-build-id-0000", 1, testContent())).toEqual({ status: "not-found" });
  });

  it("clears a fork's link when its source is deleted (foreign key, ON DELETE SET NULL)", async () => {
    // Issue 13: forkedFromId kept pointing at deleted builds.
    const { build: source } = await createBuild(t.db, testContent());
    const { build: fork } = await createBuild(t.db, testContent(), { forkedFromId: source.id });
    expect((await getBuild(t.db, fork.id))?.forkedFromId).toBe(source.id);
    expect(await deleteBuild(t.db, source.id)).toBe(true);
    expect((await getBuild(t.db, fork.id))?.forkedFromId).toBeNull();
  });

  it("deletes a build and its items", async () => {
    const { build } = await createBuild(t.db, testContent());
    expect(await deleteBuild(t.db, build.id)).toBe(true);
    expect(await getBuild(t.db, build.id)).toBeNull();
    expect(await t.db.buildItem.count()).toBe(0);
    expect(await deleteBuild(t.db, build.id)).toBe(false);
  });
});
