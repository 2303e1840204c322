import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./helpers";
import { OPENDB_BASE_URL, runScript } from "./opendb";

// A price list from three retailers, loaded with `npm run prices:import` next to the running server:
// the part page then draws a line per retailer and lists every observation with its source.
test.use({ baseURL: OPENDB_BASE_URL, viewport: { width: 1366, height: 900 } });

const PART = "gpu-nvidia-geforce-rtx-4090-fe";
const CSV = [
  "retailer,price,currency,observedAt,partId,mpn,name,category,url",
  `Newegg,1799.99,USD,2025-08-01,${PART},,,,https://www.newegg.com/p/N82E16814487001`,
  `Newegg,1749.99,USD,2025-09-01,${PART},,,,https://www.newegg.com/p/N82E16814487001`,
  `Newegg,1899.99,USD,2025-11-01,${PART},,,,https://www.newegg.com/p/N82E16814487001`,
  "Best Buy,1599.99,USD,2025-08-15,,,NVIDIA GeForce RTX 4090 Founders Edition,gpu,https://www.bestbuy.com/site/6521430.p",
  "Best Buy,1599.99,USD,2025-10-15,,,NVIDIA GeForce RTX 4090 Founders Edition,gpu,https://www.bestbuy.com/site/6521430.p",
  `B&H Photo,1699.00,USD,2025-08-20,${PART},,,,`,
  `B&H Photo,1979.00,USD,2025-11-20,${PART},,,,`,
  "Newegg,99.00,USD,2025-11-01,,,A gizmo nobody sells,,",
].join("\n");

test("a three-retailer price list becomes a history chart and the part's dated current price", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-e2e-prices-"));
  const file = path.join(dir, "prices.csv");
  fs.writeFileSync(file, CSV);
  try {
    const first = runScript("prices-import", [file]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/matched\s+: 7 \(by id 5, part number 0, name 2\)/);
    expect(first.stdout).toMatch(/stored\s+: 7 new/);
    expect(first.stdout).toContain("line 9: no part matches this name closely enough");
    const again = runScript("prices-import", [file]);
    expect(again.stdout).toMatch(/stored\s+: 0 new, 0 updated, 7 already there/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const prices = await (await request.get(`/api/parts/${PART}/prices`)).json();
  // The newest observation is the current price: B&H on 2025-11-20.
  expect(prices).toMatchObject({ priceCents: 197_900, currency: "USD", priceObservedAt: "2025-11-20T00:00:00.000Z" });
  // The list's three retailers join the reference observations from prisma/seed/prices.json.
  expect(new Set(prices.observations.map((o: { retailer: string }) => o.retailer))).toEqual(new Set(["Newegg", "Best Buy", "B&H Photo", "PCPartPicker (lowest US price)"]));

  await page.goto(`/parts/gpu/${PART}`);
  await expect(page.getByTestId("current-price")).toContainText("$1,979.00 as of Nov 20, 2025");
  const chart = page.getByTestId("price-chart-svg");
  await expect(chart).toBeVisible();
  await expect(chart.getByTestId("price-series")).toHaveCount(4);
  for (const retailer of ["Newegg", "Best Buy", "B&H Photo"]) await expect(chart.locator(`[data-retailer="${retailer}"]`)).toHaveCount(1);
  await expect(chart.locator('[data-retailer="Newegg"] path').first()).toBeVisible();
  await expect(page.getByTestId("price-table").locator("tbody tr")).toHaveCount(prices.observations.length);
  await expect(page.getByTestId("price-table")).toContainText("price list");
  await expect(page.getByTestId("price-table")).toContainText("retail listing");
  await expect(page.getByTestId("price-table").getByRole("link", { name: "Newegg" }).first()).toHaveAttribute("href", /newegg\.com/);
  await keepScreenshot(page, testInfo, "part-price-history");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.getByTestId("price-chart")).toBeVisible();
  await keepScreenshot(page, testInfo, "part-price-history-phone-dark");
});
