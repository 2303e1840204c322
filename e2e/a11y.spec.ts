import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function exampleSharePath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: "Open build →" }).getAttribute("href");
  expect(href).toMatch(/^\/b\//);
  return href!;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

for (const theme of ["light", "dark"] as const) {
  test(`catalog, builder and share pages have no serious accessibility violations (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
    const share = await exampleSharePath(page);
    for (const path of ["/parts", "/parts/gpu", "/builds/new", share]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.goto("/builds/new");
    await page.locator('section[data-slot="gpu"]').getByRole("button", { name: /^\+ Add/ }).click();
    await expect(page.getByTestId("picker-results")).toBeVisible();
    expect(await seriousViolations(page), "picker dialog").toEqual([]);
  });
}

test("pages fit a phone-width screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const share = await exampleSharePath(page);
  for (const path of ["/", "/parts/gpu", "/builds/new", share]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the catalog works with the keyboard alone: search, filter and open a part", async ({ page }) => {
  await page.goto("/parts/gpu");
  await page.getByLabel("Search", { exact: true }).focus();
  await page.keyboard.type("rtx 4090");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=rtx\+4090/);
  const first = page.getByTestId("part-list").getByRole("link").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("spec-table")).toContainText("Compute capability");
});
