import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The two screens issue 18 was judged on. */
export const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1366, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

export const THEMES = ["light", "dark"] as const;

export async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
}

export function partName(brand: string, model: string): string {
  return model.toLowerCase().startsWith(brand.toLowerCase()) ? model : `${brand} ${model}`;
}

/** The builder is interactive once its first live check has answered. */
export async function openNewBuild(page: Page): Promise<void> {
  await page.goto("/builds/new");
  await expect(page.getByTestId("compat-status")).toHaveText("Incomplete");
}

/** Adds a catalog part with the mouse: the slot's "+ Add", a search, the result's Add. */
export async function addPart(page: Page, category: string, name: string, search: string, options: { allParts?: boolean } = {}): Promise<void> {
  await page.locator(`section[data-slot="${category}"]`).getByRole("button", { name: /^\+ Add/ }).click();
  const dialog = page.getByRole("dialog");
  if (options.allParts) await dialog.getByLabel("Only parts compatible with this build").uncheck();
  await dialog.getByRole("searchbox").fill(search);
  await dialog.getByRole("button", { name: `Add ${name}`, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** A saved build made through the API, as another browser would have made it. */
export async function createBuild(request: APIRequestContext, items: { partId: string; quantity?: number; priceCents?: number }[], name = "API build") {
  const response = await request.post("/api/builds", { data: { name, items: items.map((i) => ({ quantity: 1, ...i })) } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; editToken: string; url: string; editUrl: string };
}

/** The example build's share path, as the home page links it. */
export async function exampleSharePath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: "Open build →" }).getAttribute("href");
  expect(href).toMatch(/^\/b\//);
  return href!;
}
