// Key presses to build with the keyboard alone (issue 18), counted in Chromium against a production
// server started like `npm start`: the issue's task (three parts and a save: 109 presses before,
// goal under 40) and the whole seed build with its prices, discounts and name. Each typed
// character is one press and a chord counts each of its keys. The flow is the one
// e2e/builder-keyboard.spec.ts runs (e2e/support/keyboard-flow.ts). Run: npx tsx bench/keyboard.ts
import { chromium, type Browser } from "@playwright/test";
import { findChromium } from "../scripts/find-chromium";
import { exampleBuildSeed } from "../e2e/helpers";
import { assembleByKeyboard, seedKeyParts, THREE_PARTS, type KeyPart, type KeySteps } from "../e2e/support/keyboard-flow";
import { startServer } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const RUNS = Number(process.env.BENCH_KEYBOARD_RUNS ?? 3);
const SCREENS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** One run in a fresh browser context (no stored draft or keys): key presses until the owner link has focus. */
async function run(browser: Browser, baseUrl: string, parts: readonly KeyPart[], screen: keyof typeof SCREENS, name?: string, steps?: KeySteps): Promise<number> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: SCREENS[screen] });
  try {
    const page = await context.newPage();
    await page.goto("/builds/new");
    await page.getByTestId("compat-status").filter({ hasText: "Incomplete" }).waitFor();
    const presses = await assembleByKeyboard(page, parts, { name, steps });
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}\/edit$/);
    await page.waitForFunction(() => document.activeElement?.id === "owner-link");
    return presses;
  } finally {
    await context.close();
  }
}

async function counts(browser: Browser, baseUrl: string, parts: readonly KeyPart[], screen: keyof typeof SCREENS, name?: string) {
  const runs: number[] = [];
  const steps: KeySteps = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(browser, baseUrl, parts, screen, name, i === 0 ? steps : undefined));
  // The count depends on the page, not on timing: every run must agree.
  if (new Set(runs).size !== 1) throw new Error(`key presses differ between runs: ${runs.join(", ")}`);
  return { presses: runs[0]!, steps };
}

async function main() {
  const server = await startServer({ port: PORT });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const seed = exampleBuildSeed();
    const seedParts = await seedKeyParts(seed.items, async (id) => (await fetch(`${server.baseUrl}/api/parts/${id}`)).json());
    const desktop = await counts(browser, server.baseUrl, THREE_PARTS, "desktop");
    const phone = await counts(browser, server.baseUrl, THREE_PARTS, "phone");
    const three = { desktop: desktop.presses, phone: phone.presses };
    const seedRun = await counts(browser, server.baseUrl, seedParts, "desktop", seed.name);
    const whole = seedRun.presses;
    const typed = seedParts.reduce((n, p) => n + p.query.length + (p.price?.length ?? 0) + (p.discount?.length ?? 0), 0) + seed.name.length;
    const result = {
      section: "keyboard",
      runsEach: RUNS,
      threePartsAndSave: { parts: THREE_PARTS.map((p) => p.name), presses: three, goal: 40, beforeIssue18: 109, steps: desktop.steps },
      seedBuild: { lines: seedParts.length, presses: whole, typedCharacters: typed, navigationAndCommandKeys: whole - typed, steps: seedRun.steps },
    };
    console.log(`three parts and a save: ${three.desktop} presses on a desktop, ${three.phone} on a phone (goal < 40); the whole seed build: ${whole}`);
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
