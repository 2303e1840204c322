import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./helpers";
import { addPart, createBuild, exampleSharePath, openNewBuild, THEMES, useTheme, VIEWPORTS } from "./support/builder";

// Issue 18, items 1, 2 and 7: one build per save, builds you can find again, the edit token
// checked before owner actions.

for (const { name: screen, viewport } of VIEWPORTS) {
  test.describe(screen, () => {
    test.use({ viewport });

    test(`one save makes one build: the page becomes its editor, the owner link is shown in place and focused, later saves update it (${screen})`, async ({ page, request }, testInfo) => {
      let creates = 0;
      page.on("request", (r) => {
        if (r.method() === "POST" && new URL(r.url()).pathname === "/api/builds") creates += 1;
      });
      await openNewBuild(page);
      await addPart(page, "cpu", "Intel Core i7-7700K", "7700k");
      await page.getByLabel("Build name").fill("Saved once");
      await page.getByRole("button", { name: "Save and get a share link" }).click();

      await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}\/edit$/);
      const owner = page.getByTestId("owner-link");
      await expect(owner).toBeFocused();
      await expect(owner).toBeInViewport();
      await expect(owner).toHaveValue(/\/edit#token=[A-Za-z0-9_-]{43}$/);
      await expect(page.getByTestId("owner-link-warning")).toContainText("if it is lost nobody can edit the build again");
      await expect(page.getByRole("button", { name: "Copy owner link" })).toBeVisible();
      await expect(page.getByTestId("owner-status")).toHaveText("You own this build · version 1.");
      await keepScreenshot(page, testInfo, `saved-owner-link-${screen}`);

      // The second save is an update of the same build, not a second build.
      await expect(page.getByRole("button", { name: "Save and get a share link" })).toHaveCount(0);
      await page.getByLabel("Build name").fill("Saved twice");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved (version 2)" })).toBeVisible();
      await page.keyboard.press("Control+s");
      await expect(page.getByRole("status").filter({ hasText: "Saved (version 3)" })).toBeVisible();
      expect(creates).toBe(1);
      const id = new URL(page.url()).pathname.split("/")[2]!;
      expect(await (await request.get(`/api/builds/${id}`)).json()).toMatchObject({ name: "Saved twice", version: 3 });
    });

    test(`fork opens the copy with its owner link shown like a save's (${screen})`, async ({ page }) => {
      await page.goto(await exampleSharePath(page));
      await page.getByRole("button", { name: "Fork this build" }).click();
      await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}\/edit$/, { timeout: 30_000 });
      await expect(page.getByTestId("owner-link-panel")).toContainText("Forked: this copy is yours");
      await expect(page.getByTestId("owner-link")).toBeFocused();
      await expect(page.getByTestId("owner-link-warning")).toBeVisible();
    });

    test(`an edit link checks its token first: a wrong one is named at once, none gives a read-only view with fork (${screen})`, async ({ page, request }) => {
      const created = await createBuild(request, [{ partId: "cpu-intel-core-i7-7700k" }], "Someone else's box");
      await page.goto(`/b/${created.id}/edit#token=wrongtoken123`);
      const notice = page.getByTestId("read-only-notice");
      await expect(notice).toContainText("carries a key that is not this build's");
      await expect(page).not.toHaveURL(/token=/);
      for (const owner of ["Delete build", "Save changes", "Show owner link"]) await expect(page.getByRole("button", { name: owner })).toHaveCount(0);
      await expect(page.getByText("You own this build")).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^\+ Add/ })).toHaveCount(0);
      await expect(page.getByTestId("build-item").getByLabel("Unit price")).toHaveAttribute("readonly", "");

      // Pasting the real owner link makes this browser the owner.
      await page.getByLabel(/Have the owner link\?/).fill(`http://example.test${created.editUrl}`);
      await page.getByRole("button", { name: "Check key" }).click();
      await expect(page.getByTestId("owner-status")).toBeVisible();
      await expect(page.getByRole("button", { name: "Delete build" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();

      // Another browser without any key: read-only, with the way out.
      const stranger = await page.context().browser()!.newContext({ viewport });
      const view = await stranger.newPage();
      await view.goto(`/b/${created.id}/edit`);
      await expect(view.getByTestId("read-only-notice")).toContainText("Read-only: this browser has no owner key for this build.");
      await view.getByRole("button", { name: "Fork to edit a copy" }).click();
      await expect(view).toHaveURL(/\/edit$/);
      await expect(view.getByTestId("owner-link")).toBeFocused();
      expect(view.url()).not.toContain(created.id);
      await stranger.close();
    });
  });
}

for (const theme of THEMES) {
  test(`My builds lists owned and opened builds; owner keys move to another browser by file; forget (${theme})`, async ({ page, browser, request }, testInfo) => {
    await useTheme(page, theme);
    await page.setViewportSize({ width: 1366, height: 900 });
    const mine = await createBuild(request, [{ partId: "gpu-nvidia-geforce-gtx-1080-ti-fe", priceCents: 69_999 }], `Mine (${theme})`);
    await page.goto(mine.editUrl);
    await expect(page.getByTestId("owner-status")).toBeVisible();
    await page.goto(await exampleSharePath(page));
    // Opening a share page lists it once the page is interactive (Fork is enabled then).
    await expect(page.getByRole("button", { name: "Fork this build" })).toBeEnabled();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My builds" }).click();
    const rows = page.getByTestId("my-build");
    const own = rows.filter({ hasText: `Mine (${theme})` });
    await expect(own).toContainText("You own it");
    await expect(own.getByTestId("my-build-total")).toHaveText("$699.99");
    await expect(own.getByTestId("my-build-status")).toHaveText("Incomplete");
    await expect(own).toContainText(/updated \w{3} \d{1,2}, \d{4}/);
    await expect(rows.filter({ hasText: "Weekend deep-learning box (2017)" })).toContainText("Opened here");
    await own.getByRole("button", { name: /^Owner link/ }).click();
    await expect(own.getByTestId("my-owner-link")).toHaveValue(new RegExp(`/b/${mine.id}/edit#token=${mine.editToken}$`));
    await keepScreenshot(page, testInfo, `my-builds-${theme}`);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Export owner keys/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dlbox-owner-keys-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    expect(JSON.parse(fs.readFileSync(file, "utf8")).builds).toContainEqual({ id: mine.id, name: `Mine (${theme})`, token: mine.editToken });

    // Another browser: empty until the keys file is imported, then the owner.
    const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await other.newPage();
    await phone.goto("/builds");
    await expect(phone.getByTestId("my-builds-empty")).toBeVisible();
    await phone.getByLabel("Import owner keys…").setInputFiles(file);
    await expect(phone.getByTestId("keys-message")).toContainText("Imported");
    const imported = phone.getByTestId("my-build").filter({ hasText: `Mine (${theme})` });
    await expect(imported).toContainText("You own it");
    await imported.getByRole("link", { name: /^Edit/ }).click();
    await expect(phone.getByTestId("owner-status")).toBeVisible();
    await keepScreenshot(phone, testInfo, `imported-owner-editor-phone-${theme}`);
    await other.close();

    // Forget: gone from the list and from this browser's keys; the build itself stays.
    page.once("dialog", (d) => d.accept());
    await own.getByRole("button", { name: /^Forget/ }).click();
    await expect(rows.filter({ hasText: `Mine (${theme})` })).toHaveCount(0);
    await page.goto(`/b/${mine.id}/edit`);
    await expect(page.getByTestId("read-only-notice")).toBeVisible();
    expect((await request.get(`/api/builds/${mine.id}`)).status()).toBe(200);
  });
}

test("the token check answers read-only, without caching, under the write allowance", async ({ request }) => {
  const created = await createBuild(request, [{ partId: "cpu-intel-core-i7-7700k" }]);
  const right = await request.get(`/api/builds/${created.id}/token-check`, { headers: { authorization: `Bearer ${created.editToken}` } });
  expect(right.status()).toBe(200);
  expect(right.headers()["cache-control"]).toBe("no-store");
  expect(await right.json()).toMatchObject({ owner: true });
  const wrong = await request.get(`/api/builds/${created.id}/token-check`, { headers: { authorization: "Bearer wrongtoken123" } });
  expect(await wrong.json()).toMatchObject({ owner: false });
  expect((await request.get(`/api/builds/${created.id}/token-check`)).status()).toBe(401);
  expect((await request.get(`/api/builds/${"Z".repeat(22)}/token-check`, { headers: { authorization: "Bearer x" } })).status()).toBe(404);
  expect((await request.post(`/api/builds/${created.id}/token-check`)).status()).toBe(405);
  const crossSite = await request.get(`/api/builds/${created.id}/token-check`, { headers: { authorization: `Bearer ${created.editToken}`, origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect((await request.get(`/api/builds/${created.id}`)).status()).toBe(200);
});
