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
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy, path).toContain("'strict-dynamic'");
    // The home and share pages come from the page cache (hashes); every other page has a nonce.
    const cached = path === "/" || path.startsWith("/b/");
    expect(policy, path).toMatch(cached ? /script-src 'self'( 'sha256-[^']+')+ 'strict-dynamic';/ : /'nonce-[A-Za-z0-9+/=]+'/);
    if (cached) expect(policy, path).not.toContain("nonce");
    // Hydrated: the theme script ran (hash) and React attached (nonce or loader hash) without being blocked.
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

test("a cached share page runs its own scripts by hash and nothing else", async ({ page, request }) => {
  const violations = await watchViolations(page);
  const created = await (await request.post("/api/builds", { data: { name: "Cached CSP check", items: [] } })).json();
  expect((await request.get(`/b/${created.id}`)).status()).toBe(200); // fills the cache
  const response = await page.goto(`/b/${created.id}`);
  expect(response?.headers()["x-dlbox-cache"]).toBe("hit");
  expect(response?.headers()["content-security-policy"]).not.toContain("nonce");
  // React hydrated the page and the deferred panels: the checklist's boxes are enabled only then.
  await expect(page.getByTestId("verify-panel").getByRole("checkbox").first()).toBeEnabled();
  await expect(page.getByTestId("build-or-rent").getByLabel("Training hours per week")).toBeEnabled();
  expect(violations).toEqual([]);


  // Markup injected into the cached HTML (as a stored XSS would be) gets no hash: it does not run,
  // while the page's own scripts, listed in the same response's policy, still do.
  await page.route(`**/b/${created.id}`, async (route) => {
    const original = await route.fetch();
    const headers = { ...original.headers() };
    delete headers["content-encoding"];
    delete headers["content-length"];
    const body = (await original.text()).replace("</main>", '<script>window.__injected = true</script><img src="x" onerror="window.__injected = true"></main>');
    await route.fulfill({ status: 200, headers, body });
  });
  await page.goto(`/b/${created.id}`);
  await expect(page.getByTestId("verify-panel").getByRole("checkbox").first()).toBeEnabled();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(violations.every((v) => /script-src/.test(v))).toBe(true);
});
