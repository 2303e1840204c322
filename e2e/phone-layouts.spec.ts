import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { keepScreenshot } from "./helpers";
import { exampleSharePath, THEMES, useTheme } from "./support/builder";

// Issue 18, item 5 and the catalog's filters (item 8), at 390 x 844.

const PHONE = { width: 390, height: 844 };

/** Every figure of every line lies inside the screen: quantity, unit and line price. */
async function expectFiguresOnScreen(page: Page, rows: Locator, figures: number) {
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let r = 0; r < count; r++) {
    const cells = rows.nth(r).locator("td");
    for (let c = 2; c < 2 + figures; c++) {
      const box = await cells.nth(c).boundingBox();
      expect(box, `row ${r} cell ${c}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      // Each figure says what it is: the column's name is drawn before it.
      const label = await cells.nth(c).evaluate((el) => ({ drawn: getComputedStyle(el, "::before").content, name: el.getAttribute("data-label") }));
      expect(label.drawn, `row ${r} cell ${c}`).not.toMatch(/^(none|normal)$/);
      expect(label.name, `row ${r} cell ${c}`).toMatch(/^(Qty|Unit|Line|Match)$/);
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

for (const theme of THEMES) {
  test.describe(theme, () => {
    test.use({ viewport: PHONE });
    test.beforeEach(async ({ page }) => useTheme(page, theme));

    test(`share page and home example stack each part with its quantity, unit and line price (${theme})`, async ({ page }, testInfo) => {
      const share = await exampleSharePath(page);
      const home = page.getByTestId("example-build");
      await expectFiguresOnScreen(page, home.getByTestId("parts-row"), 3);
      // Two SSDs read as two.
      await expect(home.getByTestId("parts-row").filter({ hasText: "850 EVO" }).locator("td").nth(2)).toHaveText("2");
      await home.scrollIntoViewIfNeeded();
      await keepScreenshot(page, testInfo, `phone-home-${theme}`);

      await page.goto(share);
      await expectFiguresOnScreen(page, page.getByTestId("parts-row"), 3);
      await expect(page.getByTestId("build-total")).toBeVisible();
      await page.getByTestId("parts-table").screenshot({ path: path.join("e2e", "artifacts", `phone-share-parts-${theme}.png`) });
    });

    test(`the import preview stacks its lines too (${theme})`, async ({ page }, testInfo) => {
      await page.goto("/import");
      await page.getByLabel("PCPartPicker list or JSON export").fill(fs.readFileSync(path.join("e2e", "fixtures", "pcpartpicker-dual-1080ti.md"), "utf8"));
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(page.getByTestId("import-preview")).toBeVisible();
      const rows = page.getByTestId("import-items").locator("tbody tr");
      await expectFiguresOnScreen(page, rows, 3);
      await expect(rows.filter({ hasText: "GTX 1080 Ti" }).locator("td").nth(2)).toHaveText("2");
      await keepScreenshot(page, testInfo, `phone-import-${theme}`);
    });

    test(`the catalog shows parts first; search and filters open from one button (${theme})`, async ({ page }, testInfo) => {
      await page.goto("/parts/gpu");
      const search = page.getByLabel("Search", { exact: true });
      await expect(search).toBeHidden();
      await expect(page.getByTestId("part-list").locator("li").first()).toBeInViewport();
      await keepScreenshot(page, testInfo, `phone-catalog-${theme}`);
      await page.getByRole("button", { name: "Search and filters" }).click();
      await expect(search).toBeVisible();
      await search.fill("4090");
      await search.press("Enter");
      await expect(page).toHaveURL(/q=4090/);
      await expect(page.getByRole("button", { name: "Search and filters (1 on)" })).toBeVisible();
    });
  });
}

test("on a desktop the catalog's filters stay open beside the list", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/parts/gpu");
  await expect(page.getByLabel("Search", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Search and filters" })).toBeHidden();
});
