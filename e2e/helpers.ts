import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";

const ARTIFACTS = path.join(process.cwd(), "e2e", "artifacts");

/** Full-page screenshot kept under e2e/artifacts/ and attached to the test report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

interface ExampleItem { partId: string; quantity: number; priceCents: number; discountCents?: number }
interface ExampleBuild { name: string; shippingCents?: number; taxRate?: number; items: ExampleItem[] }

/** The seed file the app loads, so tests compare against the data rather than a copied number. */
export function exampleBuildSeed(): ExampleBuild {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "prisma", "seed", "example-build.json"), "utf8")) as ExampleBuild;
}

export function usd(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}
