import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The integration suites (data layer, services, catalog import) again, on PostgreSQL: every test
// gets a throwaway database on the server DLBOX_TEST_POSTGRES_URL names. Plus the PostgreSQL-only
// files (*.pg-test.ts: migration runner, start-up lock).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/db/**/*.test.ts", "lib/services/**/*.test.ts", "lib/catalog/opendb-import.test.ts", "lib/**/*.pg-test.ts"],
    // SQLite-only checks; their PostgreSQL counterparts are the *.pg-test.ts files.
    exclude: ["lib/db/migrate-sqlite.test.ts", "lib/db/schema-drift.test.ts"],
    environment: "node",
    env: { DLBOX_TEST_DB: "postgres" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
