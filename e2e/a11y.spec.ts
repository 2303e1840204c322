import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function exampleSharePath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: "Open build →" }).getAttribute("href");
  expect(href).toMatch(/^\/b\//);
  return href!;
}

async function seriousViolations(page: Page, impacts: readonly string[] = ["serious", "critical"]) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => impacts.includes(v.impact ?? ""))
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

/** Issue 18's screens are held to every axe rule, whatever its impact. */
const ALL = ["minor", "moderate", "serious", "critical"];

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

  // Issue 18's new screens, on a desktop and a phone: findings with fix buttons and marked rows,
  // a field error, the owner link after a save, the read-only editor, My builds, a part page.
  for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
    test(`builder with findings, owner and read-only editors and My builds have no violations at all (${theme}, ${viewport.width}px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
      const share = await exampleSharePath(page);
      await page.goto(`${share}/edit`);
      await expect(page.getByTestId("read-only-notice")).toBeVisible();
      expect(await seriousViolations(page, ALL), "read-only editor").toEqual([]);

      await page.goto("/parts/cpu/cpu-amd-ryzen-7-1700x");
      expect(await seriousViolations(page, ALL), "part page").toEqual([]);
      await page.getByRole("button", { name: "Add to build" }).click();
      await page.locator('section[data-slot="motherboard"]').getByRole("button", { name: /^\+ Add/ }).click();
      await page.getByRole("dialog").getByLabel("Only parts compatible with this build").uncheck();
      await page.getByRole("dialog").getByRole("searchbox").fill("z270-a");
      await page.getByRole("dialog").getByRole("button", { name: "Add ASUS PRIME Z270-A" }).click();
      await expect(page.getByTestId("row-marker").first()).toBeVisible();
      await page.getByTestId("build-item").first().getByLabel("Discount").fill("99999");
      await expect(page.getByTestId("field-errors")).toBeVisible();
      expect(await seriousViolations(page, ALL), "builder with findings and a field error").toEqual([]);
      await page.getByTestId("build-item").first().getByLabel("Discount").fill("");
      await page.getByRole("button", { name: "Choose a motherboard for AM4" }).click();
      await expect(page.getByTestId("fix-filters")).toBeVisible();
      expect(await seriousViolations(page, ALL), "picker opened by a fix").toEqual([]);
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "Save and get a share link" }).click();
      await expect(page.getByTestId("owner-link")).toBeFocused();
      expect(await seriousViolations(page, ALL), "owner editor after a save").toEqual([]);
      await page.goto("/builds");
      await expect(page.getByTestId("my-build-status").first()).toBeVisible();
      expect(await seriousViolations(page, ALL), "my builds").toEqual([]);
    });
  }
}

test("pages fit a phone-width screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const share = await exampleSharePath(page);
  for (const path of ["/", "/parts/gpu", "/builds/new", "/builds", `${share}/edit`, "/parts/gpu/gpu-nvidia-geforce-gtx-1080-ti-fe", share]) {
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
