import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot } from "./helpers";
import { OPENDB_BASE_URL } from "./opendb";

// Correcting an import before saving, with the whole OpenDB in the catalog (where the issue saw a
// curated SSD kept custom and GPUs matched to imported entries).
test.use({ baseURL: OPENDB_BASE_URL, viewport: { width: 1366, height: 900 } });

const FIXTURE = fs.readFileSync(path.join(process.cwd(), "e2e", "fixtures", "pcpartpicker-dual-1080ti.md"), "utf8");
const SSD_960 = "**Storage** | [Samsung 960 EVO 500 GB M.2-2280 NVME Solid State Drive](https://pcpartpicker.com/product/3xkj4D/samsung-960-evo-500gb-m2-2280-solid-state-drive-mz-v6e500bw) | $249.99 @ Amazon";
const LIST = FIXTURE.replace(/(\*\*Storage\*\*[^\n]*\n)/, `$1${SSD_960}\n`);

const line = (page: Page, text: string) => page.getByTestId("import-line").filter({ hasText: text });

test("each preview line can take another candidate, a searched part or stay custom; totals and checks follow; the save keeps the choices", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/import");
  await page.getByLabel("PCPartPicker list or JSON export").fill(LIST);
  await page.getByLabel("Build name (optional)").fill("Corrected import");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();

  // Curated parts win: the 960 EVO and the Founders Edition cards match the curated entries.
  await expect(line(page, "960 EVO").getByRole("link", { name: "Samsung 960 EVO 500GB (MZ-V6E500BW)" })).toBeVisible();
  await expect(line(page, "960 EVO")).toContainText("curated");
  await expect(line(page, "GTX 1080 Ti").getByRole("link", { name: "NVIDIA GeForce GTX 1080 Ti Founders Edition" })).toBeVisible();
  const customCount = async () => Number(/(\d+) kept as custom parts/.exec((await page.getByTestId("import-summary").textContent()) ?? "")?.[1]);

  // The PSU: search the catalog for another one and use it.
  const psu = line(page, "SuperNOVA");
  await psu.getByTestId("line-choice").selectOption({ label: "Search the catalog…" });
  await psu.getByRole("searchbox").fill("supernova 850 g3");
  await psu.getByRole("button", { name: "Use EVGA SuperNOVA 850 G3" }).first().click();
  // The curated PSU ranks first among the search results.
  await expect(psu.getByRole("link", { name: "EVGA SuperNOVA 850 G3 (220-G3-0850-X1)" })).toBeVisible();
  await expect(psu).toContainText("curated");
  await expect(psu).toContainText("Your choice");
  // The list's price stays the line's price: what was paid does not change with the match.
  await expect(page.getByTestId("import-build-total")).toHaveText(/^\$[\d,.]+$/);

  // The case: keep it a custom part; the summary and the build's total follow. (Counted from here:
  // whether the list's 1000 W PSU had a match before depends on the catalog, full OpenDB or sample.)
  const customBefore = await customCount();
  const pc = line(page, "Define C");
  await pc.getByTestId("line-choice").selectOption({ label: "Keep as a custom part: Fractal Design Define C ATX Mid Tower Case" });
  await expect(pc).toContainText("(custom part)");
  await expect.poll(customCount).toBe(customBefore + 1);
  // A custom case has no GPU clearance: the check says what it cannot verify.
  await expect(page.getByTestId("import-build").getByTestId("compat-status")).toBeVisible();

  // The GPUs: another candidate, then undo back to the matcher's pick.
  const gpus = line(page, "GTX 1080 Ti");
  const options = await gpus.getByTestId("line-choice").locator("option").allTextContents();
  const other = options.find((o, i) => i > 0 && o.includes("match"));
  expect(other, options.join("\n")).toBeDefined();
  await gpus.getByTestId("line-choice").selectOption({ label: other! });
  await expect(gpus).toContainText("Your choice");
  await gpus.getByRole("button", { name: "undo" }).click();
  await expect(gpus.getByRole("link", { name: "NVIDIA GeForce GTX 1080 Ti Founders Edition" })).toBeVisible();
  await keepScreenshot(page, testInfo, "import-corrected");

  await page.getByRole("button", { name: "Save as a build" }).click();
  await page.getByRole("button", { name: "Yes, save the build" }).click();
  await page.goto(await page.getByTestId("share-link").inputValue());
  await expect(page.getByTestId("build-name")).toHaveText("Corrected import");
  const parts = page.locator("table").first();
  await expect(parts).toContainText("EVGA SuperNOVA 850 G3 (220-G3-0850-X1)");
  await expect(parts).toContainText("Fractal Design Define C ATX Mid Tower Case");
  await expect(parts.getByRole("link", { name: "Samsung 960 EVO 500GB (MZ-V6E500BW)" })).toBeVisible();
});
