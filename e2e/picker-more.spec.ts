import { expect, test } from "@playwright/test";

test("a full page of compatible parts offers Show more, which appends the next parts without repeating any", async ({ page }) => {
  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  await page.locator('section[data-slot="gpu"]').getByRole("button", { name: "+ Add GPU" }).click();
  const dialog = page.getByRole("dialog");
  const rows = dialog.locator("[data-part-id]");
  await expect(rows).toHaveCount(20);
  const more = dialog.getByTestId("picker-check-more");
  // The page filled before the check budget ran out: no budget explanation, just more.
  await expect(more.getByRole("paragraph")).toHaveCount(0);
  await more.getByRole("button", { name: "Show more" }).click();
  await expect.poll(() => rows.count()).toBeGreaterThan(20);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-part-id")));
  expect(new Set(ids).size).toBe(ids.length);
});
