import { expect, test } from "@playwright/test";
import { exampleBuildSeed, keepScreenshot, usd } from "./helpers";
import { openNewBuild, VIEWPORTS } from "./support/builder";
import { assembleByKeyboard, seedKeyParts, THREE_PARTS } from "./support/keyboard-flow";

// Issue 18, item 6: the keyboard alone. The counts are recorded by `npm run bench -- keyboard`.

test("keyboard only: the seed build is assembled with its prices and discounts, named and saved", async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const seed = exampleBuildSeed();
  const parts = await seedKeyParts(seed.items, async (id) => (await request.get(`/api/parts/${id}`)).json());
  const expectedTotal = seed.items.reduce((sum, i) => sum + i.quantity * i.priceCents - (i.discountCents ?? 0), 0);

  await openNewBuild(page);
  const presses = await assembleByKeyboard(page, parts, { name: seed.name });
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}\/edit$/);
  await expect(page.getByTestId("owner-link")).toBeFocused();
  await expect(page.getByTestId("live-total")).toHaveText(usd(expectedTotal));
  await expect(page.getByTestId("bar-status")).toHaveText(/^Compatible/);
  await keepScreenshot(page, testInfo, "keyboard-seed-saved");

  const id = new URL(page.url()).pathname.split("/")[2]!;
  const saved = await (await request.get(`/api/builds/${id}`)).json();
  expect(saved.name).toBe(seed.name);
  const lines = (items: { partId: string; quantity: number; priceCents: number; discountCents?: number }[]) =>
    items.map((i) => ({ partId: i.partId, quantity: i.quantity, priceCents: i.priceCents, discountCents: i.discountCents ?? 0 })).sort((a, b) => a.partId.localeCompare(b.partId));
  expect(lines(saved.items)).toEqual(lines(seed.items));
  await testInfo.attach("key presses", { body: String(presses) });
});

for (const { name: screen, viewport } of VIEWPORTS) {
  test(`keyboard only: three parts and a save in under 40 key presses (issue 18 counted 109) (${screen})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await openNewBuild(page);
    const presses = await assembleByKeyboard(page, THREE_PARTS);
    await expect(page.getByTestId("owner-link")).toBeFocused();
    expect(presses).toBeLessThan(40);
    await testInfo.attach("key presses", { body: String(presses) });
  });

  test(`the picker starts in its search box, arrows move through results, Escape closes back to the slot; Change swaps a single-slot part in place (${screen})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openNewBuild(page);
    const addGpu = page.locator("#add-gpu");
    await addGpu.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading")).toHaveText("Choose a GPU");
    await expect(dialog.getByRole("searchbox")).toBeFocused();
    await page.keyboard.type("1080");
    await expect(dialog.getByRole("button", { name: /^Add .*1080/ }).nth(1)).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByTestId("picker-results").getByRole("button").first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(dialog.getByTestId("picker-results").getByRole("button").nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(dialog.getByRole("searchbox")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(addGpu).toBeFocused();

    // A CPU is chosen: its slot offers Change (with acronyms kept), which replaces it in place.
    await page.locator("#add-cpu").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("7700k");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(page.locator("#add-cpu-cooler")).toBeFocused();
    const change = page.getByRole("button", { name: "Change CPU: Intel Core i7-7700K" });
    await change.focus();
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("heading")).toHaveText("Change CPU");
    await expect(dialog).toContainText("Replaces Intel Core i7-7700K.");
    await page.keyboard.type("7600k");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    const cpus = page.locator('section[data-slot="cpu"]').getByTestId("build-item");
    await expect(cpus).toHaveCount(1);
    await expect(cpus).toContainText("Intel Core i5-7600K");
    await expect(cpus).toBeFocused();
    await expect(page.locator("#add-cpu")).toHaveCount(0);
  });
}

test("every control shows a focus ring when reached by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openNewBuild(page);
  const seen = new Set<string>();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), text: (el.getAttribute("aria-label") ?? el.textContent ?? el.id).slice(0, 40) };
    });
    if (!ring) continue;
    seen.add(ring.tag);
    expect(ring.style, ring.text).not.toBe("none");
    expect(ring.width, ring.text).toBeGreaterThanOrEqual(2);
  }
  expect([...seen]).toEqual(expect.arrayContaining(["A", "BUTTON"]));
});
