import { expect, test, type Page } from "@playwright/test";
import { exampleBuildSeed, keepScreenshot, usd } from "./helpers";
import { OPENDB_BASE_URL } from "./opendb";

// Totals that never pass for complete: the 2017 seed build from catalog prices alone (every curated
// part has a dated reference price), and a 2x RTX 4090 build on cards OpenDB carries without one.
test.use({ baseURL: OPENDB_BASE_URL, viewport: { width: 1366, height: 900 } });

function partName(brand: string, model: string): string {
  return model.toLowerCase().startsWith(brand.toLowerCase()) ? model : `${brand} ${model}`;
}

async function add(page: Page, category: string, search: string, button: string | RegExp) {
  await page.locator(`section[data-slot="${category}"]`).getByRole("button", { name: /^\+ Add/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Only parts compatible with this build").uncheck();
  await dialog.getByRole("searchbox").fill(search);
  await dialog.getByRole("button", { name: button, exact: typeof button === "string" }).first().click();
  await expect(dialog).toBeHidden();
}

test("the seed build's parts, priced from the catalog alone, make a complete total with dated prices", async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const seed = exampleBuildSeed();
  const parts = await Promise.all(seed.items.map(async (item) => ({ item, part: await (await request.get(`/api/parts/${item.partId}`)).json() })));
  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  let expected = 0;
  for (const { item, part } of parts) {
    expect(part.priceCents, `${part.id} has a reference price`).not.toBeNull();
    await add(page, part.category, part.model.replace(/\s*\([^)]*\)\s*$/, ""), `Add ${partName(part.brand, part.model)}`);
    if (item.quantity > 1) {
      const row = page.getByTestId("build-item").filter({ hasText: partName(part.brand, part.model) });
      await row.getByLabel("Qty").fill(String(item.quantity));
    }
    expected += part.priceCents * item.quantity;
  }
  await expect(page.getByTestId("live-total")).toHaveText(usd(expected));
  await expect(page.getByTestId("unpriced-note")).toHaveCount(0);
  await expect(page.getByTestId("build-item").filter({ hasText: "GTX 1080 Ti" })).toContainText(/Catalog price as of \w{3} \d{1,2}, \d{4}/);
  // Clearing one price makes the total a lower bound at once, and marks the row.
  const cpu = page.getByTestId("build-item").filter({ hasText: "Core i7-7700K" });
  await cpu.getByLabel("Unit price").fill("");
  await cpu.getByLabel("Unit price").blur();
  await expect(page.getByTestId("live-total")).toHaveText(/^at least\s*\$[\d,.]+$/);
  await expect(page.getByTestId("unpriced-note")).toContainText("1 part unpriced");
  await expect(cpu).toHaveAttribute("data-unpriced", "true");
  await expect(cpu).toContainText("No price yet: enter what you paid");
  await keepScreenshot(page, testInfo, "builder-one-unpriced");
});

test("a 2x RTX 4090 build on unpriced cards says 'at least', marks the rows, and build-or-rent waits for prices", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  await page.getByLabel("Build name").fill("Two 4090s");
  await add(page, "cpu", "7950X", "Add AMD Ryzen 9 7950X");
  // An OpenDB card: OpenDB carries no prices.
  // Curated names carry no "24GB GDDR6X": these words find OpenDB's cards only.
  await add(page, "gpu", "rtx 4090 24gb gddr6x", /^Add .*4090/);
  const gpu = page.getByTestId("build-item").filter({ hasText: "4090" });
  await gpu.getByLabel("Qty").fill("2");
  await expect(page.getByTestId("live-total")).toHaveText(/^at least\s*\$[\d,.]+$/);
  await expect(gpu).toHaveAttribute("data-unpriced", "true");
  await expect(page.getByTestId("unpriced-note")).toContainText("2 parts unpriced");
  await keepScreenshot(page, testInfo, "builder-2x4090");

  await page.getByRole("button", { name: "Save and get a share link" }).click();
  await page.goto(await page.getByTestId("share-link").inputValue());
  await expect(page.getByTestId("build-total")).toHaveText(/^at least \$[\d,.]+$/);
  await expect(page.getByTestId("unpriced-note").first()).toContainText("2 parts unpriced");
  await expect(page.locator("tr[data-unpriced]")).toHaveCount(1);
  const panel = page.getByTestId("build-or-rent");
  await expect(panel.getByTestId("unpriced-gate")).toContainText("No break-even yet: 2 parts have no price");
  await expect(panel.getByTestId("break-even")).toBeHidden();
  await expect(panel.getByTestId("cost-chart")).toHaveCount(0);
  await keepScreenshot(page, testInfo, "share-2x4090-unpriced");
  await panel.getByLabel(/already owned/).check();
  await expect(panel.getByTestId("break-even").or(panel.getByTestId("break-even-never"))).toBeVisible();
  await expect(panel.getByTestId("cost-chart")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await keepScreenshot(page, testInfo, "share-2x4090-owned-phone-dark");
});
