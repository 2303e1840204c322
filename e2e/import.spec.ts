import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { keepScreenshot, usd } from "./helpers";

// A 2017-style list as PCPartPicker writes it: the second GTX 1080 Ti is a repeated row, a mail-in
// rebate, and a stated total that does not add up (it ignores the rebate), so the page must say so.
const LIST = fs.readFileSync(path.join(process.cwd(), "e2e", "fixtures", "pcpartpicker-dual-1080ti.md"), "utf8");
const LINES_CENTS = 33_999 + 2_999 + 15_999 + 45_999 + 15_999 + 2 * 69_999 + 8_999 + 18_999 + 699;

async function preview(page: Page) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/import$/);
  await page.getByLabel("PCPartPicker list or JSON export").fill(LIST);
  await page.getByLabel("Build name (optional)").fill("Dual 1080 Ti from PCPartPicker");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();
}

test("paste a PCPartPicker list, preview the matches and the total mismatch, save and open the share link", async ({ page, browser }, testInfo) => {
  await preview(page);
  const gpuRow = page.getByTestId("import-items").getByRole("row").filter({ hasText: "GeForce GTX 1080 Ti" });
  await expect(gpuRow).toHaveCount(1);
  await expect(gpuRow.getByRole("link", { name: "NVIDIA GeForce GTX 1080 Ti Founders Edition" })).toBeVisible();
  await expect(gpuRow.getByRole("cell").nth(2)).toHaveText("2");
  await expect(gpuRow.getByRole("cell").nth(4)).toHaveText(/^\d+%$/);
  await expect(page.getByTestId("import-items").getByRole("row").filter({ hasText: "Arctic Silver 5" })).toContainText("custom part");
  await expect(page.getByTestId("stated-total")).toHaveText("$2,836.89");
  await expect(page.getByTestId("computed-total")).toHaveText(usd(LINES_CENTS - 2_000));
  await expect(page.getByTestId("total-mismatch")).toContainText("differ by $19.99");
  await expect(page.getByTestId("import-warnings")).toContainText("differs from the sum of its prices");
  await keepScreenshot(page, testInfo, "import-preview");

  await page.getByRole("button", { name: "Save as a build" }).click();
  await expect(page.getByTestId("confirm-save")).toContainText("Dual 1080 Ti from PCPartPicker");
  await expect(page.getByRole("button", { name: "Yes, save the build" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, save the build" }).click();
  const shareUrl = await page.getByTestId("share-link").inputValue();
  expect(await page.getByTestId("owner-link").inputValue()).toContain("#token=");

  const stranger = await browser.newContext();
  const view = await stranger.newPage();
  await view.goto(shareUrl);
  await expect(view.getByTestId("build-name")).toHaveText("Dual 1080 Ti from PCPartPicker");
  // Rebates cannot be tied to a line, so the build totals the lines and notes the rebate.
  await expect(view.getByTestId("build-total")).toHaveText(usd(LINES_CENTS));
  await expect(view.getByText(/mail-in rebates of \$20\.00/)).toBeVisible();
  await expect(view.getByRole("row").filter({ hasText: "NVIDIA GeForce GTX 1080 Ti Founders Edition" }).getByRole("cell").nth(2)).toHaveText("2");
  await stranger.close();
});

test("the share page exports: downloads with file names, and the markdown copied to the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("link", { name: "Open build →" }).click();
  const panel = page.getByTestId("export-panel");
  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: /Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.csv$/);
  await panel.getByRole("button", { name: "Copy as PCPartPicker markdown" }).click();
  await expect(page.getByTestId("copy-markdown-status")).toHaveText("Copied to the clipboard.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Type|Item|Price");
  expect(copied).toContain("**Video Card** | [NVIDIA GeForce GTX 1080 Ti");
});

test("the import page is accessible in both themes and fits a phone", async ({ page }) => {
  for (const theme of ["light", "dark"] as const) {
    await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
    await preview(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
    expect(serious, theme).toEqual([]);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await page.getByLabel("PCPartPicker list or JSON export").fill(LIST);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.getByLabel("PCPartPicker list or JSON export").fill("just words, no list");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-error")).toContainText("No parts found");
});
