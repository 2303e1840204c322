import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { parseDatabaseUrl } from "../config/database-url";
import { createDb, type Db } from "./client";
import { migratePostgres } from "./migrate-postgres";
import { migrateSqlite } from "./migrate-sqlite";
import { createThrowawayDatabase, testPostgresUrl } from "./test-postgres";

// Test support: each test gets a database of its own, so tests never share state. SQLite files
// are copied from a template migrated once per worker; under DLBOX_TEST_DB=postgres each test
// gets a fresh, migrated PostgreSQL database instead.
let template: string | null = null;

function migratedTemplate(): string {
  if (template && fs.existsSync(template)) return template;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-template-"));
  template = path.join(dir, "template.db");
  migrateSqlite(template);
  return template;
}

export interface TestDb {
  db: Db;
  cleanup: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const adminUrl = testPostgresUrl();
  if (adminUrl) {
    const database = await createThrowawayDatabase(adminUrl);
    await migratePostgres(database.url);
    const db = createDb(parseDatabaseUrl(database.url));
    return {
      db,
      cleanup: async () => {
        await db.$disconnect();
        await database.drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-test-"));
  const filePath = path.join(dir, `${randomUUID()}.db`);
  fs.copyFileSync(migratedTemplate(), filePath);
  const db = createDb({ kind: "sqlite", url: `file:${filePath}`, filePath });
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
