import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./helpers";
import { VIEWPORTS } from "./support/builder";

// Issue 18, item 8: the catalog is no dead end; acronyms stay capitals.

for (const { name: screen, viewport } of VIEWPORTS) {
  test(`"Add to build" from a part page and a catalog list adds to the draft in progress, a second CPU replaces the first (${screen})`, async ({ page, request }, testInfo) => {
    await page.setViewportSize(viewport);
    const cpu = await (await request.get("/api/parts/cpu-intel-core-i7-7700k")).json();
    await page.goto("/parts/cpu/cpu-intel-core-i7-7700k");
    await page.getByRole("button", { name: "Add to build" }).click();
    await expect(page).toHaveURL(/\/builds\/new$/);
    await expect(page.getByTestId("draft-notice")).toHaveText(/Added Intel Core i7-7700K to your build\./);
    const cpuRows = page.locator('section[data-slot="cpu"]').getByTestId("build-item");
    await expect(cpuRows).toHaveCount(1);
    await expect(cpuRows).toBeFocused();
    // The catalog's current price comes along (prices are observations, issue 16).
    await expect(cpuRows.getByLabel("Unit price")).toHaveValue(cpu.priceCents === null ? "" : (cpu.priceCents / 100).toFixed(2));

    // From a category list: a GPU joins the same draft.
    await page.goto("/parts/gpu?q=1080");
    await page.getByRole("button", { name: "Add to build: NVIDIA GeForce GTX 1080 Ti Founders Edition" }).click();
    await expect(page).toHaveURL(/\/builds\/new$/);
    await expect(page.getByTestId("build-item")).toHaveCount(2);

    // A second CPU takes the first one's place.
    await page.goto("/parts/cpu/cpu-amd-ryzen-7-1700x");
    await page.getByRole("button", { name: "Add to build" }).click();
    await expect(page.getByTestId("draft-notice")).toHaveText(/AMD Ryzen 7 1700X replaced Intel Core i7-7700K in your build\./);
    await expect(cpuRows).toHaveCount(1);
    await expect(cpuRows).toContainText("AMD Ryzen 7 1700X");
    await expect(page.getByTestId("build-item")).toHaveCount(2);
    await keepScreenshot(page, testInfo, `add-to-build-${screen}`);

    // A reload keeps the draft; saving it clears it.
    await page.reload();
    await expect(page.getByTestId("draft-notice")).toHaveText(/Your unsaved build from this browser is back\./);
    await expect(page.getByTestId("build-item")).toHaveCount(2);
    await page.getByRole("button", { name: "Save and get a share link" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    await page.goto("/builds/new");
    await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
    await expect(page.getByTestId("build-item")).toHaveCount(0);
  });
}

test("labels keep acronyms: + Add CPU, + Add GPU, Choose a GPU, + Add power supply", async ({ page }) => {
  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  for (const label of ["+ Add CPU", "+ Add CPU cooler", "+ Add GPU", "+ Add power supply", "+ Add memory"]) {
    await expect(page.getByRole("button", { name: label, exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "+ Add GPU", exact: true }).click();
  await expect(page.getByRole("dialog").getByRole("heading")).toHaveText("Choose a GPU");
  await expect(page.getByRole("dialog").getByRole("searchbox")).toHaveAccessibleName("Search GPU");
});

test("builder rows show long part names in full", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/parts/memory/memory-corsair-vengeance-lpx-64gb-4x16gb-ddr4-2666-cl16");
  await page.getByRole("button", { name: "Add to build" }).click();
  const name = page.getByTestId("build-item").getByText("Corsair Vengeance LPX 64GB (4 x 16GB) DDR4-2666 CL16 (CMK64GX4M4A2666C16)");
  await expect(name).toBeVisible();
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== "ellipsis")).toBe(true);
});
