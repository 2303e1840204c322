import { spawnSync } from "node:child_process";
import { findChromium } from "./find-chromium";

let executable: string;
try {
  executable = findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
