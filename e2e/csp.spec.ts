import { expect, test, type Page } from "@playwright/test";

// The strict CSP must not block anything the app itself does: every page loads and hydrates
// with no securitypolicyviolation event and no CSP console error.
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportCspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}

test("main pages and the builder run under the Content-Security-Policy without violations", async ({ page, request }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  const created = await (await request.post("/api/builds", { data: { name: "CSP check", items: [] } })).json();
  const part = (await (await request.get("/api/parts?category=gpu&pageSize=1")).json()).items[0];

  for (const path of ["/", "/parts", "/parts/gpu", `/parts/gpu/${part.id}`, `/b/${created.id}`, "/import", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
    // Hydrated: the theme script ran (hash) and React attached (nonce) without being blocked.
    await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
  }

  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  await page.locator('section[data-slot="gpu"]').getByRole("button", { name: /^\+ Add/ }).click();
  await expect(page.getByTestId("picker-results")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto(`/b/${created.id}/edit#token=${created.editToken}`);
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
  expect(violations).toEqual([]);
});
