import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBuild } from "../db/builds";
import { upsertParts } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { TEST_PARTS, testContent } from "../db/test-fixtures";
import { AppError } from "../errors";
import { checkEditToken } from "./build-ownership";
import { buildSummaries, MAX_SUMMARY_IDS, summaryIdsSchema } from "./build-summaries";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
});
afterEach(() => t.cleanup());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
}

describe("checkEditToken", () => {
  it("tells the build's own token from any other, and changes nothing", async () => {
    const { build, editToken } = await createBuild(t.db, testContent());
    const other = await createBuild(t.db, testContent());
    expect(await checkEditToken(t.db, build.id, editToken)).toMatchObject({ owner: true });
    expect(await checkEditToken(t.db, build.id, "wrongtoken123")).toEqual({ owner: false, message: "This edit token does not belong to this build." });
    expect((await checkEditToken(t.db, build.id, other.editToken)).owner).toBe(false);
    const row = await t.db.build.findUnique({ where: { id: build.id }, select: { version: true } });
    expect(row?.version).toBe(1);
  });

  it("answers 404 for unknown or malformed ids and 401 without a token", async () => {
    const { build } = await createBuild(t.db, testContent());
    expect(await codeOf(checkEditToken(t.db, "A".repeat(22), "x"))).toBe("not_found");
    expect(await codeOf(checkEditToken(t.db, "../etc", "x"))).toBe("not_found");
    expect(await codeOf(checkEditToken(t.db, build.id, null))).toBe("unauthorized");
  });
});

describe("buildSummaries", () => {
  it("gives name, status, total and update time of existing builds, and lists the missing ones", async () => {
    const { build } = await createBuild(t.db, testContent());
    const gone = "B".repeat(22);
    const { builds, missing } = await buildSummaries(t.db, [gone, build.id]);
    expect(missing).toEqual([gone]);
    // 319.99 + 2 x 169.99 - 20.00 + 7.99 = 647.96; 8.25 % tax on it (53.46) and 15.00 shipping.
    expect(builds).toEqual([
      expect.objectContaining({ id: build.id, name: "Test box", version: 1, status: "incomplete", currency: "USD", totalCents: 64_796 + 5_346 + 1_500, unpricedCount: 0, itemCount: 3 }),
    ]);
    expect(Date.parse(builds[0]!.updatedAt)).not.toBeNaN();
  });

  it("accepts a bounded, deduplicated list of well-formed ids only", () => {
    const id = "C".repeat(22);
    expect(summaryIdsSchema.parse(`${id},${id},`)).toEqual([id]);
    expect(summaryIdsSchema.safeParse("").success).toBe(false);
    expect(summaryIdsSchema.safeParse("not an id").success).toBe(false);
    const many = Array.from({ length: MAX_SUMMARY_IDS + 1 }, (_, i) => `${"D".repeat(20)}${String(i).padStart(2, "0")}`);
    expect(summaryIdsSchema.safeParse(many.join(",")).success).toBe(false);
    expect(summaryIdsSchema.safeParse(many.slice(1).join(",")).success).toBe(true);
    expect(summaryIdsSchema.safeParse("x".repeat(100_000)).success).toBe(false);
  });
});
