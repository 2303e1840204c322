import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./helpers";
import { addPart, openNewBuild, THEMES, useTheme, VIEWPORTS } from "./support/builder";

// Issue 18, items 3 and 4: findings at their cause, a status bar that stays in view, number
// fields that can be cleared, errors named at their field and no stale totals.

for (const { name: screen, viewport } of VIEWPORTS) {
  for (const theme of THEMES) {
    test(`a socket mismatch marks both rows, says how to fix it and its button opens the picker on boards that fix it (${screen}, ${theme})`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await useTheme(page, theme);
      await openNewBuild(page);
      await addPart(page, "cpu", "AMD Ryzen 7 1700X", "1700x");
      await addPart(page, "motherboard", "ASUS PRIME Z270-A", "z270-a", { allParts: true });

      const cpuRow = page.getByTestId("build-item").filter({ hasText: "AMD Ryzen 7 1700X" });
      const boardRow = page.getByTestId("build-item").filter({ hasText: "ASUS PRIME Z270-A" });
      await expect(cpuRow).toHaveAttribute("data-issue", "error");
      await expect(boardRow).toHaveAttribute("data-issue", "error");
      await expect(page.getByTestId("bar-status")).toHaveText("Incompatible");

      // The row's marker leads to its finding, which says how to fix it; the rule id waits in Details.
      await boardRow.getByTestId("row-marker").click();
      const finding = page.locator(":target");
      await expect(finding).toContainText("uses socket AM4, but ASUS PRIME Z270-A has socket LGA1151. Choose a motherboard with socket AM4, or a CPU for socket LGA1151.");
      await expect(finding).toBeInViewport();
      await expect(finding.getByTestId("rule-id")).toBeHidden();
      await finding.getByText("Details").click();
      await expect(finding.getByTestId("rule-id")).toHaveText("cpu.socket");
      await keepScreenshot(page, testInfo, `finding-socket-${screen}-${theme}`);

      await finding.getByRole("button", { name: "Choose a motherboard for AM4" }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog.getByRole("heading")).toHaveText("Change motherboard");
      await expect(dialog.getByTestId("fix-filters")).toContainText("Socket AM4");
      await expect(dialog.getByRole("searchbox")).toBeFocused();
      const first = dialog.getByTestId("picker-results").getByRole("button", { name: /^Add / }).first();
      const chosen = (await first.getAttribute("aria-label"))!.replace(/^Add /, "");
      await first.click();
      await expect(dialog).toBeHidden();
      // Replaced in place: one board, the chosen one, and no socket error left.
      await expect(page.locator('section[data-slot="motherboard"]').getByTestId("build-item")).toHaveText(new RegExp(chosen.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      await expect(page.getByTestId("build-item").filter({ hasText: "ASUS PRIME Z270-A" })).toHaveCount(0);
      await expect(page.getByTestId("findings")).not.toContainText("uses socket");
      await expect(page.getByTestId("bar-status")).toHaveText("Incomplete");
    });
  }

  test(`a GPU too long for the case: the fix offers cases that fit it, and the bar stays in view while scrolling (${screen})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await openNewBuild(page);
    await addPart(page, "gpu", "ASUS ROG Strix GeForce RTX 4090 OC Edition", "strix 4090");
    await addPart(page, "case", "Fractal Design Define C", "define c", { allParts: true });
    await expect(page.getByTestId("build-item").filter({ hasText: "Define C" })).toHaveAttribute("data-issue", "error");
    const fix = page.getByRole("button", { name: "Choose a case that fits 358 mm GPUs" });
    await expect(page.getByTestId("findings")).toContainText("Choose a case with at least 358 mm of GPU clearance");

    // The bar: scrolled to the bottom, status, total and load are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.getByTestId("bar-status")).toBeInViewport();
    await expect(page.getByTestId("bar-total")).toBeInViewport();
    await expect(page.getByTestId("bar-power")).toContainText(/Load \d+ W · PSU none/);
    await keepScreenshot(page, testInfo, `status-bar-scrolled-${screen}`);

    await fix.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("fix-filters")).toContainText("GPU clearance at least 358 mm");
    const first = dialog.getByTestId("picker-results").getByRole("button", { name: /^Add / }).first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page.getByTestId("findings")).not.toContainText("fits GPUs up to");
    await expect(page.locator('section[data-slot="case"]').getByTestId("build-item")).toHaveCount(1);
    await expect(page.locator('section[data-slot="case"] [data-issue="error"]')).toHaveCount(0);
  });

  test(`number fields clear and retype; a discount larger than its line is named at the field and the total is not computed (${screen})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await openNewBuild(page);
    await addPart(page, "storage", "Samsung 850 EVO 500GB (MZ-75E500B/AM)", "850 evo 500");
    const row = page.getByTestId("build-item").filter({ hasText: "850 EVO 500GB" });
    const qty = row.getByLabel("Qty");
    await qty.click();
    await page.keyboard.press("Backspace");
    await expect(qty).toHaveValue("");
    await expect(page.getByTestId("bar-total")).toHaveText("not computed");
    await page.keyboard.type("4");
    await expect(qty).toHaveValue("4");
    await row.getByLabel("Unit price").fill("100");
    await expect(page.getByTestId("bar-total")).toHaveText("$400.00");
    await expect(page.getByTestId("live-total")).toHaveText("$400.00");

    const discount = row.getByLabel("Discount");
    await discount.fill("500");
    await expect(discount).toHaveAttribute("aria-invalid", "true");
    await expect(row.getByTestId("field-error")).toHaveText("Discount: $500.00 is more than this line's $400.00");
    await expect(page.getByTestId("bar-total")).toHaveText("not computed");
    await expect(page.getByTestId("live-total")).toHaveText("not computed");
    const summary = page.getByTestId("field-errors");
    await expect(summary).toContainText("Discount of Samsung 850 EVO 500GB (MZ-75E500B/AM)");
    await keepScreenshot(page, testInfo, `field-error-${screen}`);
    // The summary's link leads to the field; Save refuses and puts focus there too.
    await summary.getByRole("link", { name: /^Discount of/ }).click();
    await expect(discount).toBeFocused();
    await page.getByRole("button", { name: "Save and get a share link" }).click();
    await expect(discount).toBeFocused();
    await expect(page).toHaveURL(/\/builds\/new/);

    await discount.fill("50");
    await expect(discount).not.toHaveAttribute("aria-invalid");
    await expect(page.getByTestId("bar-total")).toHaveText("$350.00");
    await expect(page.getByTestId("field-errors")).toHaveCount(0);
  });
}
