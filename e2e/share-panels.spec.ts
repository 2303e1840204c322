import { expect, test } from "@playwright/test";

// The share page's heavy panels (build or rent, set up, verify) are not in its HTML: they load from
// one cached JSON request after the first paint. The page must still show them, and say so if they fail.
async function exampleId(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const home = await (await request.get("/")).text();
  return /href="\/b\/([A-Za-z0-9_-]{22})"/.exec(home)![1]!;
}

test("the share page's HTML leaves the panels below the fold to one preloaded request", async ({ request }) => {
  const id = await exampleId(request);
  const response = await request.get(`/b/${id}`, { headers: { "accept-encoding": "br" } });
  const html = await response.text();
  expect(html).toContain('id="parts-h"'); // the report above the fold is still server-rendered
  for (const panel of ["ownership", "setup", "verify"]) expect(html).toContain(`data-testid="deferred-${panel}"`);
  expect(html).not.toContain('data-testid="verify-panel"');
  expect(html).not.toContain("How to check"); // the checklist's markup
  // A <link> in <head> when the page was ready before the head went out, else a hint in the RSC payload.
  const link = html.includes(`<link rel="preload" href="/api/builds/${id}/share-panels" as="fetch" crossorigin=""`);
  const hint = html.includes(`:HL[\\"/api/builds/${id}/share-panels\\",\\"fetch\\"`);
  expect(link || hint).toBe(true);
  expect(html.length).toBeLessThan(70_000); // was 128.8 kB with the panels inline

  const panels = await (await request.get(`/api/builds/${id}/share-panels`)).json();
  expect(Object.keys(panels).sort()).toEqual(["ownership", "plan", "verify", "version", "workloads"]);
  expect(panels.verify.checklist.sections.length).toBeGreaterThan(3);
});

test("a panel load that fails says so and can be retried", async ({ page, request }) => {
  const id = await exampleId(request);
  let failures = 1;
  await page.route(`**/api/builds/${id}/share-panels`, async (route) => {
    if (failures-- > 0) return route.fulfill({ status: 503, body: "{}", contentType: "application/json" });
    return route.continue();
  });
  await page.goto(`/b/${id}`);
  const placeholder = page.getByTestId("deferred-verify");
  await expect(placeholder.getByRole("alert")).toContainText("could not be loaded (HTTP 503)");
  await placeholder.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("verify-panel").getByRole("heading", { name: "Verify this machine" })).toBeVisible();
  await expect(page.getByTestId("build-or-rent")).toBeVisible();
  await expect(page.getByTestId("setup-panel")).toBeVisible();
});
