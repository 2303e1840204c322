import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseDatabaseUrl, type DatabaseConfig } from "../config/database-url";
import { loadBuiltinCatalog } from "../catalog/builtin-catalog";
import { createBuild, deleteBuild, getBuild } from "./builds";
import { createDb } from "./client";
import { setupDatabase } from "./setup";
import { testContent } from "./test-fixtures";
import { createThrowawayDatabase, testPostgresUrl } from "./test-postgres";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A database nobody has set up yet: a new SQLite path, or an empty PostgreSQL database. */
async function freshConfig(): Promise<DatabaseConfig> {
  const adminUrl = testPostgresUrl();
  if (adminUrl) {
    const database = await createThrowawayDatabase(adminUrl);
    cleanups.push(database.drop);
    return parseDatabaseUrl(database.url);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-setup-"));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return parseDatabaseUrl(`file:${path.join(dir, "data", "app.db")}`);
}

describe("setupDatabase (what npm start runs)", () => {
  it("creates, migrates and seeds a new database with the catalog and the example build", async () => {
    const config = await freshConfig();
    const result = await setupDatabase(config);
    expect(result.appliedMigrations.length).toBeGreaterThan(0);
    expect(result.builtinParts).toBe(loadBuiltinCatalog().length);
    expect(result.exampleBuildId).not.toBeNull();
    const db = createDb(config);
    try {
      const example = await getBuild(db, result.exampleBuildId!);
      expect(example).toMatchObject({ name: "Weekend deep-learning box (2017)", isExample: true });
      expect(await db.part.count()).toBe(result.builtinParts);
    } finally {
      await db.$disconnect();
    }
  });

  it("a second start keeps user builds and never re-seeds the example, even after it was deleted", async () => {
    const config = await freshConfig();
    const first = await setupDatabase(config);
    const db = createDb(config);
    try {
      const custom = testContent({ items: [{ partId: "gpu-nvidia-geforce-gtx-1080-ti-fe", custom: null, quantity: 2, priceCents: 70000, discountCents: 0 }] });
      const { build } = await createBuild(db, custom);
      await deleteBuild(db, first.exampleBuildId!);

      const second = await setupDatabase(config);
      expect(second.appliedMigrations).toEqual([]);
      expect(second.exampleBuildId).toBeNull();
      expect(await getBuild(db, build.id)).toMatchObject({ name: "Test box", version: 1, items: [{ quantity: 2, priceCents: 70000 }] });
      expect(await db.build.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});
