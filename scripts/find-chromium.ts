import { spawnSync } from "node:child_process";
import fs from "node:fs";

/**
 * Finds a Chromium for Playwright: an explicit path, Debian's package, then Playwright's own
 * download. As root on Debian it installs the `chromium` package (the only browser source
 * reachable on a closed network); elsewhere it explains how to get one.
 */
export function findChromium(): string {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (explicit) {
    if (fs.existsSync(explicit)) return explicit;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${explicit}, which does not exist`);
  }
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  if (process.getuid?.() === 0 && fs.existsSync("/etc/debian_version")) {
    console.log("e2e: installing Debian's chromium package (one time)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
      const result = spawnSync("apt-get", args, { stdio: "inherit", env });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed`);
    }
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`, " +
      "or `npx playwright install chromium` where downloads work) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.",
  );
}

function playwrightChromium(): string | null {
  try {
    const result = spawnSync(process.execPath, ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: "utf8" });
    const candidate = result.stdout.trim();
    return candidate && fs.existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}
