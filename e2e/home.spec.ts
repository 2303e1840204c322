import { expect, test } from "@playwright/test";
import { exampleBuildSeed, keepScreenshot, usd } from "./helpers";

test("home page shows the product, the 2017 example build with its parts and total, and the catalog", async ({ page }, testInfo) => {
  const seed = exampleBuildSeed();
  const expectedTotal = seed.items.reduce((sum, i) => sum + i.quantity * i.priceCents - (i.discountCents ?? 0), 0) + (seed.shippingCents ?? 0);
  expect(seed.taxRate ?? 0).toBe(0);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("deep-learning box");

  const example = page.getByTestId("example-build");
  await expect(example.getByRole("heading", { name: "Weekend deep-learning box (2017)" })).toBeVisible();
  await expect(example.getByRole("link", { name: /GTX 1080 Ti/ })).toBeVisible();
  await expect(example.getByRole("link", { name: /i7-7700K/ })).toBeVisible();
  await expect(example.locator("tbody tr")).toHaveCount(seed.items.length);
  await expect(example.getByTestId("build-total")).toHaveText(usd(expectedTotal));
  await expect(example.getByTestId("compat-status")).toBeVisible();

  await expect(page.getByRole("link", { name: /GPU\s+\d+ parts/ })).toBeVisible();
  await keepScreenshot(page, testInfo, "home");
});

test("health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("pages and API answers carry the security headers", async ({ request }) => {
  for (const path of ["/", "/api/health", "/parts/gpu"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("pages name an icon the server answers, so browsers log no 404 for a favicon", async ({ page, request }) => {
  const failed: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") failed.push(m.text()); });
  await page.goto("/parts/gpu");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
});
