import { spawnSync } from "node:child_process";
import { createThrowawayDatabase, testPostgresUrl } from "../lib/db/test-postgres";
import { findChromium } from "./find-chromium";

// `npm run test:e2e [-- playwright args]`. Under DLBOX_TEST_DB=postgres the server runs on a
// throwaway PostgreSQL database, dropped afterwards.
async function main(): Promise<number> {
  let executable: string;
  try {
    executable = findChromium();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const adminUrl = testPostgresUrl();
  const database = adminUrl ? await createThrowawayDatabase(adminUrl, "dlbox_e2e") : null;
  const opendb = adminUrl ? await createThrowawayDatabase(adminUrl, "dlbox_e2e_opendb") : null;
  try {
    const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: {
        ...process.env,
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable,
        NEXT_TELEMETRY_DISABLED: "1",
        ...(database ? { E2E_DATABASE_URL: database.url } : {}),
        ...(opendb ? { E2E_OPENDB_DATABASE_URL: opendb.url } : {}),
      },
    });
    return result.status ?? 1;
  } finally {
    await database?.drop();
    await opendb?.drop();
  }
}

main().then((code) => process.exit(code));
