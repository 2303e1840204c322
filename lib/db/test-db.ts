import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "./client";
import { migrateSqlite } from "./migrate-sqlite";

// Test support: each test gets its own database file, copied from a template migrated once
// per worker, so tests never share state and migrations run once.
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
  filePath: string;
  cleanup: () => Promise<void>;
}

export function createTestDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-test-"));
  const filePath = path.join(dir, `${randomUUID()}.db`);
  fs.copyFileSync(migratedTemplate(), filePath);
  const db = createDb({ kind: "sqlite", url: `file:${filePath}`, filePath });
  return {
    db,
    filePath,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
