import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createExampleCopy, FIXTURE_1080TI, fixtureText } from "./benchmark-helpers";
import { keepScreenshot } from "./helpers";

// The share page's "Verify this machine" panel: checklist progress, owner upload, public results.
test("owner ticks the checklist, uploads a result and sees it judged; a visitor sees results only", async ({ page, browser, request }, testInfo) => {
  // One long journey with reloads and a second browser; the dev server compiles on first visit.
  test.setTimeout(180_000);
  const { id, editToken } = await createExampleCopy(request, "Verify journey box");
  // The same key components/builder/token-store.ts uses: this browser owns the build.
  await page.addInitScript(([buildId, token]) => localStorage.setItem(`dlbox:edit-token:${buildId}`, token), [id, editToken] as const);
  await page.goto(`/b/${id}`);

  const panel = page.getByTestId("verify-panel");
  await expect(panel.getByRole("heading", { name: "Verify this machine" })).toBeVisible();
  await expect(panel.getByTestId("no-runs")).toBeVisible();
  await expect(panel.getByTestId("checklist-download")).toHaveAttribute("href", `/api/builds/${id}/checklist.md`);
  await expect(panel.getByTestId("benchmark-download")).toHaveAttribute("href", `/api/builds/${id}/benchmark.sh`);

  const progress = panel.getByTestId("checklist-progress");
  const total = Number(/of (\d+) done/.exec((await progress.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(10);
  await expect(progress).toHaveText(`0 of ${total} done`);
  const memory = panel.getByRole("checkbox", { name: "All memory detected" });
  const seated = panel.getByRole("checkbox", { name: "Power connectors seated" });
  await expect(memory).toBeEnabled(); // hydrated
  await memory.check();
  await seated.check();
  await expect(progress).toHaveText(`2 of ${total} done`);

  await page.reload();
  await expect(memory).toBeEnabled();
  await expect(memory).toBeChecked();
  await expect(seated).toBeChecked();
  await expect(progress).toHaveText(`2 of ${total} done`);
  await seated.uncheck();
  await expect(progress).toHaveText(`1 of ${total} done`);

  const form = panel.getByTestId("upload-form");
  await form.getByLabel(/Upload a result/).setInputFiles(FIXTURE_1080TI);
  await form.getByRole("button", { name: "Upload result" }).click();
  await expect(panel.getByTestId("verify-status")).toContainText("Uploaded result-1080ti-box.json:");

  const [run] = (await (await request.get(`/api/builds/${id}/benchmarks`)).json()).runs;
  const counts = `${run.counts.pass} pass · ${run.counts.below} below expectation · ${run.counts.notMeasured} not measured`;
  expect(run.counts.pass).toBeGreaterThan(15);
  await expect(panel.getByTestId("latest-counts")).toHaveText(counts);
  const fp32 = panel.getByTestId("comparison-table").getByRole("row", { name: /GPU 0 FP32 matrix multiply/ });
  await expect(fp32).toContainText("≥ 6.8 TFLOPS (60% of 11.34 TFLOPS)");
  await expect(fp32).toContainText("9.87 TFLOPS");
  await expect(fp32).toContainText("Pass");
  const chart = panel.getByTestId("verify-chart");
  await expect(chart).toContainText("Measured vs expected");
  await chart.getByText("The chart as a table").click();
  await expect(chart.getByTestId("verify-chart-table").getByRole("row", { name: /GPU 0 FP32 matrix multiply/ })).toContainText("87%");
  await expect(panel.getByTestId("run-history").getByRole("row")).toHaveCount(2);
  await keepScreenshot(page, testInfo, "share-verify-panel");

  // A visitor with only the share link: the same results, no upload form, no delete buttons.
  const visitor = await browser.newContext();
  try {
    const other = await visitor.newPage();
    await other.goto(`/b/${id}`);
    const theirs = other.getByTestId("verify-panel");
    await expect(theirs.getByTestId("latest-counts")).toHaveText(counts);
    await expect(theirs.getByTestId("verify-chart")).toBeVisible();
    await expect(theirs.getByRole("checkbox", { name: "All memory detected" })).toBeEnabled();
    await expect(theirs.getByRole("checkbox", { name: "All memory detected" })).not.toBeChecked();
    await expect(theirs.getByTestId("upload-form")).toHaveCount(0);
    await expect(theirs.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    const refused = await other.request.post(`/api/builds/${id}/benchmarks`, { headers: { authorization: "Bearer not-the-token" }, data: fixtureText() });
    expect(refused.status()).toBe(403);
  } finally {
    await visitor.close();
  }
  expect((await (await request.get(`/api/builds/${id}/benchmarks`)).json()).runs).toHaveLength(1);

  // The owner deletes the run; the panel returns to "no results".
  await panel.getByRole("button", { name: /^Delete the run uploaded/ }).click();
  await expect(panel.getByTestId("no-runs")).toBeVisible();
  await expect(panel.getByTestId("verify-status")).toHaveText("Run deleted.");
  expect((await (await request.get(`/api/builds/${id}/benchmarks`)).json()).runs).toEqual([]);
});

test("the panel with results has no serious accessibility violations in either theme and fits a phone", async ({ page, request }) => {
  test.setTimeout(120_000);
  const { id, editToken } = await createExampleCopy(request, "Verify a11y box");
  const upload = await request.post(`/api/builds/${id}/benchmarks`, { headers: { authorization: `Bearer ${editToken}` }, data: Buffer.from(fixtureText()) });
  expect(upload.status()).toBe(201);
  await page.addInitScript(([buildId, token]) => localStorage.setItem(`dlbox:edit-token:${buildId}`, token), [id, editToken] as const);
  for (const theme of ["light", "dark"] as const) {
    await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
    await page.goto(`/b/${id}`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const panel = page.getByTestId("verify-panel");
    await expect(panel.getByTestId("upload-form")).toBeVisible();
    await panel.getByText("The chart as a table").click();
    await panel.getByText("How to check").first().click();
    const results = await new AxeBuilder({ page }).include('[data-testid="verify-panel"]').analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    expect(serious, theme).toEqual([]);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  const panel = page.getByTestId("verify-panel");
  await expect(panel.getByTestId("upload-form")).toBeVisible();
  // Open every disclosure too: long commands and tables must wrap or scroll inside the panel.
  for (const summary of await panel.locator("summary").all()) await summary.click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
