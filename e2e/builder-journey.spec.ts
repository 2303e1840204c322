import { expect, test, type Page } from "@playwright/test";
import { exampleBuildSeed, keepScreenshot, usd } from "./helpers";

function partName(brand: string, model: string): string {
  return model.toLowerCase().startsWith(brand.toLowerCase()) ? model : `${brand} ${model}`;
}

async function addPart(page: Page, category: string, name: string, search: string) {
  await page.locator(`section[data-slot="${category}"]`).getByRole("button", { name: /^\+ Add/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("searchbox").fill(search);
  await dialog.getByRole("button", { name: `Add ${name}`, exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function setMoney(page: Page, name: string, label: "Unit price" | "Discount" | "Qty", value: string) {
  const row = page.getByTestId("build-item").filter({ hasText: name });
  await row.getByLabel(label).fill(value);
  await row.getByLabel(label).blur();
}

test("assemble the example build, save, share, fork, edit, conflict, refuse and delete", async ({ page, browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const seed = exampleBuildSeed();
  const parts = await Promise.all(seed.items.map(async (item) => ({ item, part: await (await request.get(`/api/parts/${item.partId}`)).json() })));
  const expectedTotal = seed.items.reduce((sum, i) => sum + i.quantity * i.priceCents - (i.discountCents ?? 0), 0);

  await page.goto("/builds/new");
  // The live check runs once the page is interactive; wait for it before clicking.
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  await page.getByLabel("Build name").fill("My 2017 box, rebuilt");
  for (const { item, part } of parts) {
    const name = partName(part.brand, part.model);
    await addPart(page, part.category, name, part.model.split(" (")[0]);
    await setMoney(page, name, "Unit price", (item.priceCents / 100).toFixed(2));
    if (item.quantity > 1) await setMoney(page, name, "Qty", String(item.quantity));
    if (item.discountCents) await setMoney(page, name, "Discount", (item.discountCents / 100).toFixed(2));
  }
  await expect(page.getByTestId("live-total")).toHaveText(usd(expectedTotal));
  await expect(page.getByTestId("compat-status")).toHaveText(/Compatible/);
  await expect(page.getByTestId("estimated-watts")).toHaveText(/\d+ W/);
  await keepScreenshot(page, testInfo, "builder");

  await page.getByRole("button", { name: "Save and get a share link" }).click();
  // One build per save: the page is now the saved build's editor, its owner link shown in place.
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}\/edit$/);
  await expect(page.getByTestId("owner-link")).toBeFocused();
  const shareUrl = await page.getByTestId("share-link").inputValue();
  const ownerUrl = await page.getByTestId("owner-link").inputValue();
  expect(ownerUrl).toContain("#token=");

  // A stranger with the share link: read-only, same total, can fork.
  const stranger = await browser.newContext();
  const view = await stranger.newPage();
  await view.goto(shareUrl);
  await expect(view.getByTestId("build-name")).toHaveText("My 2017 box, rebuilt");
  await expect(view.getByTestId("build-total")).toHaveText(usd(expectedTotal));
  await expect(view.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await keepScreenshot(view, testInfo, "share-page");
  await view.getByRole("button", { name: "Fork this build" }).click();
  await expect(view).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}\/edit$/, { timeout: 30_000 });
  await expect(view.getByTestId("owner-status")).toBeVisible();
  expect(view.url()).not.toContain(shareUrl.split("/b/")[1]!);

  // Without a token the stranger gets a read-only view; a wrong token is named before any save.
  await view.goto(`${shareUrl}/edit`);
  await expect(view.getByTestId("read-only-notice")).toContainText("Read-only");
  await expect(view.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await view.getByLabel(/Have the owner link\?/).fill("not-the-right-token");
  await view.getByRole("button", { name: "Check key" }).click();
  await expect(view.getByTestId("read-only-notice")).toContainText("That is not this build's edit token");
  await expect(view.getByRole("button", { name: "Save changes" })).toHaveCount(0);

  // Two owner sessions: the second save of the same version gets a conflict and keeps its edits.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(ownerUrl);
  await page.goto(shareUrl);
  await page.goto(ownerUrl);
  await expect(page).toHaveURL(/\/edit$/);
  await page.getByLabel("Build name").fill("Renamed by first owner");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (version 2)" })).toBeVisible();
  await second.getByLabel("Build name").fill("Renamed by second owner");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("save-error")).toContainText("This build changed since you opened it");
  await expect(second.getByLabel("Build name")).toHaveValue("Renamed by second owner");
  await view.goto(shareUrl);
  await expect(view.getByTestId("build-name")).toHaveText("Renamed by first owner");

  // The owner deletes it; the share link is gone.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete build" }).click();
  await expect(page).toHaveURL(/\/\?deleted=1$/);
  expect((await request.get(new URL(shareUrl).pathname.replace("/b/", "/api/builds/"))).status()).toBe(404);
  await stranger.close();
  await other.close();
});

test("a custom part with specs takes part in the power estimate", async ({ page }) => {
  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  await page.locator('section[data-slot="gpu"]').getByRole("button", { name: /^\+ Add/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("Not in the catalog? Add a custom part").click();
  await dialog.getByLabel("Name").fill("Lab-built accelerator");
  await dialog.getByLabel("Price", { exact: true }).fill("1200");
  await dialog.getByLabel(/Board power/).fill("350");
  await dialog.getByLabel(/VRAM/).fill("24");
  await dialog.getByRole("button", { name: "Add custom part" }).click();
  await expect(dialog).toBeHidden();
  const item = page.getByTestId("build-item").filter({ hasText: "Lab-built accelerator" });
  await expect(item.getByText("Custom part")).toBeVisible();
  await expect(page.getByTestId("live-total")).toHaveText("$1,200.00");
  await expect(page.getByTestId("estimated-watts")).toHaveText(/^(3[5-9]\d|[4-9]\d\d) W$/);
});
