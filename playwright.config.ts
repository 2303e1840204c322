import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL points the suite at an already running server (e.g. `npm run dev`) instead.
const externalBaseUrl = process.env.E2E_BASE_URL;
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined;
const databaseUrl = process.env.E2E_DATABASE_URL || undefined;
// The second server: the same build on a database that also holds the whole OpenDB (e2e/opendb.ts).
const OPENDB_PORT = PORT + 1;
const opendbDatabaseUrl = process.env.E2E_OPENDB_DATABASE_URL || "file:./data/e2e-opendb.db";

export default defineConfig({
  testDir: "./e2e",
  // e2e/reliability/*.test.ts run under Vitest (vitest.reliability.config.ts), not here.
  testMatch: "*.spec.ts",
  outputDir: "./test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // Closed network: keep Chromium from phoning home and from needing a sandbox as root.
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Started one after the other: the first builds the app when sources changed, the second reuses it.
  webServer: externalBaseUrl ? undefined : [{
    // The real start path: migrate, seed, build if needed, serve; on a database of its own
    // (a fresh SQLite file, or the throwaway PostgreSQL database scripts/e2e.ts made).
    command: databaseUrl ? "tsx scripts/start.ts" : "rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && tsx scripts/start.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    // The suite is one client making many users' worth of writes; the limit has its own tests.
    env: { PORT: String(PORT), DATABASE_URL: databaseUrl ?? "file:./data/e2e.db", NEXT_TELEMETRY_DISABLED: "1", WRITE_RATE_LIMIT_PER_MINUTE: "1000000", READ_RATE_LIMIT_PER_MINUTE: "1000000" },
    stdout: "pipe",
  }, {
    // The catalog as a user with the 29,454-part OpenDB imported sees it (issue #16's searches).
    command: `${process.env.E2E_OPENDB_DATABASE_URL ? "" : "rm -f data/e2e-opendb.db data/e2e-opendb.db-wal data/e2e-opendb.db-shm && "}tsx scripts/e2e-opendb-db.ts && tsx scripts/start.ts`,
    url: `http://127.0.0.1:${OPENDB_PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    // A small check budget, so the picker's continued compatible search is reached at any catalog size.
    env: { PORT: String(OPENDB_PORT), DATABASE_URL: opendbDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1", WRITE_RATE_LIMIT_PER_MINUTE: "1000000", PICKER_CHECK_BUDGET: "10", ...(process.env.OPENDB_DIR ? { OPENDB_DIR: process.env.OPENDB_DIR } : {}) },
    stdout: "pipe",
  }],
});
