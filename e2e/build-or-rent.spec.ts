import { expect, test, type Locator, type Page } from "@playwright/test";
import { keepScreenshot } from "./helpers";

async function exampleSharePath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: "Open build →" }).getAttribute("href");
  expect(href).toMatch(/^\/b\/[A-Za-z0-9_-]{22}$/);
  return href!;
}

const numberIn = async (locator: Locator) => Number((await locator.innerText()).replace(/,/g, ""));

test("build or rent: the break-even moves with the usage and the cloud offer", async ({ page }, testInfo) => {
  await page.goto(await exampleSharePath(page));
  const panel = page.getByTestId("build-or-rent");
  await expect(panel.getByRole("heading", { name: "Build or rent" })).toBeVisible();
  // Server-rendered with the 2017 offer the example build was weighed against.
  await expect(panel.getByTestId("cloud-preset-date")).toHaveText("2017");
  // Issue #15, item 11: the tensor-basis k and the FP32 k side by side; a Pascal box is FP32 on both.
  await expect(panel.getByRole("radio", { name: /From specs, BF16\/FP16 tensor: 2\.29×/ })).toBeChecked();
  await expect(panel.getByRole("radio", { name: /From specs, FP32 only: 2\.29×/ })).toBeVisible();
  // The electricity model: wall draw from the PSU's efficiency, idle hours at the idle draw.
  await expect(panel.getByTestId("training-wall-w")).toHaveValue(/^\d+$/);
  await expect(panel.getByTestId("idle-hours")).toHaveValue("0");
  await expect(panel.getByTestId("cost-chart")).toBeVisible();
  await expect(panel.getByTestId("chart-crossing")).toBeVisible();
  await expect(page.getByTestId("cost-breakdown").getByTestId("cost-share-gpu")).toBeVisible();

  const hoursBox = panel.getByLabel("Training hours per week");
  await expect(hoursBox).toBeEnabled(); // hydrated
  const hours = panel.getByTestId("break-even-hours");
  const months = panel.getByTestId("break-even-months");
  const hours20 = await numberIn(hours);
  const months20 = await numberIn(months);
  expect(hours20).toBeGreaterThan(500);

  // Twice the use: the same hours of training, reached in about half the months.
  await hoursBox.fill("40");
  await expect(months).not.toHaveText(String(months20.toFixed(1)));
  expect(await numberIn(hours)).toBe(hours20);
  expect(await numberIn(months)).toBeLessThan(months20);
  expect(await numberIn(months)).toBeCloseTo(months20 / 2, 0);

  // A cheaper cloud hour (a T4 at $0.53) takes more hours of the box to beat.
  const hours40 = await numberIn(hours);
  await panel.getByLabel("Compare with").selectOption("aws-g4dn");
  await expect(panel.getByTestId("cloud-preset-date")).toHaveText("2026-11");
  await expect(hours).not.toHaveText(hours40.toLocaleString("en-US"));
  expect(await numberIn(hours)).toBeGreaterThan(hours40);

  // Idle hours cost electricity too, so the box needs more training hours to pay off.
  const hoursT4 = await numberIn(hours);
  await panel.getByTestId("idle-hours").fill("100");
  await expect(hours).not.toHaveText(hoursT4.toLocaleString("en-US"));
  expect(await numberIn(hours)).toBeGreaterThan(hoursT4);
  await panel.getByTestId("idle-hours").fill("0");

  // Google publishes its spot discount range: the panel gives the break-even at both ends.
  await panel.getByLabel("Compare with").selectOption("gcp-l4");
  await expect(panel.getByTestId("cloud-preset-spot")).toContainText("60-91% off");
  await expect(panel.getByTestId("spot-break-even")).toContainText("at 60% off");

  // A price in another currency is never mixed in: the panel asks for a rate.
  await panel.getByLabel("Electricity price currency").selectOption("EUR");
  await expect(panel.getByTestId("rate-needed")).toContainText("1 EUR in USD");
  await expect(hours).toHaveCount(0);
  await panel.getByTestId("rate-EUR").fill("1.1");
  await expect(hours).toBeVisible();

  await panel.getByText("Show the chart as a table").click();
  await expect(panel.getByTestId("cost-table").locator("tbody tr").first()).toContainText("$2,200");
  await keepScreenshot(page, testInfo, "build-or-rent");
});

// Link-preview crawlers read the raw HTML without running scripts, and Next renders metadata into
// <head> for them (for browsers it may stream it in later, depending on how fast the data loads).
const CRAWLERS = ["Twitterbot/1.0", "facebookexternalhit/1.1", "Slackbot-LinkExpanding 1.0", "Mozilla/5.0 (compatible; Discordbot/2.0)"];

test("the share page gives link-preview crawlers Open Graph and Twitter card tags pointing at its preview image", async ({ page, request }) => {
  const path = await exampleSharePath(page);
  for (const userAgent of CRAWLERS) {
    const html = await (await request.get(path, { headers: { "user-agent": userAgent } })).text();
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
    const content = (attribute: string) => new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(head)?.[1]?.replaceAll("&amp;", "&");
    const image = content('property="og:image"');
    expect(image, userAgent).toMatch(new RegExp(`^https?://[^/]+/api/builds/${path.slice(3)}/preview\\.png\\?v=\\d+$`));
    expect(content('name="twitter:card"')).toBe("summary_large_image");
    expect(content('name="twitter:image"')).toBe(image);
    expect(content('property="og:title"')).toBe("Weekend deep-learning box (2017)");
    expect(content('property="og:description"')).toMatch(/GTX 1080 Ti[^·]* · \$2,\d{3}\.\d{2} · Compatible/);
  }
  // A browser gets the same tags once the page has loaded.
  await page.goto(path);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Weekend deep-learning box (2017)");
});

test("the preview image route answers a 1200x630 PNG for the example build, and 404 for an unknown one", async ({ page, request }) => {
  const id = (await exampleSharePath(page)).slice(3);
  const response = await request.get(`/api/builds/${id}/preview.png`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  // PNG signature, then the IHDR chunk: length (4 bytes), type, width and height as big-endian u32.
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
  expect((await request.get("/api/builds/AAAAAAAAAAAAAAAAAAAAAA/preview.png")).status()).toBe(404);
});
