import type { Page } from "@playwright/test";

// Assembling a build with the keyboard alone, counting every key a person presses: each typed
// character is one, a chord (Control+S) counts each of its keys. Used by e2e/builder-keyboard.spec.ts
// and by the `keyboard` bench section, which records the counts (issue 18: goal under 40).

export interface KeyPart {
  category: string;
  /** The name the picker's "Add <name>" button carries. */
  name: string;
  /** What to type in the picker's search box. */
  query: string;
  quantity?: number;
  /** Typed into the line's price and discount boxes, e.g. "699.99". */
  price?: string;
  discount?: string;
}

export class KeyCounter {
  presses = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.presses += key.split("+").length;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.presses += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Tabs (forwards or backwards, whichever way the element lies) until `selector` has focus. */
  async tabTo(selector: string, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      const where = await this.page.evaluate((sel) => {
        const target = document.querySelector(sel);
        if (!target) return "missing";
        const active = document.activeElement;
        if (active === target) return "here";
        if (!active || active === document.body) return "after";
        return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING ? "after" : "before";
      }, selector);
      if (where === "here") return;
      if (where === "missing") throw new Error(`nothing matches ${selector}`);
      await this.press(where === "after" ? "Tab" : "Shift+Tab");
    }
    throw new Error(`${selector} not reached in ${limit} presses`);
  }
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

/** Opens the slot's picker, searches, moves to the right result and adds it; returns the new line's key. */
export async function addByKeyboard(page: Page, keys: KeyCounter, part: KeyPart): Promise<void> {
  await keys.tabTo(`#add-${part.category}`);
  await keys.press("Enter");
  await page.locator("#picker-q").waitFor({ state: "visible" });
  await keys.type(part.query);
  // Results arrive after a short debounce; Enter moves into them once the wanted part is listed.
  await page.getByRole("dialog").getByRole("button", { name: `Add ${part.name}`, exact: true }).waitFor();
  await keys.press("Enter");
  for (let i = 0; i < 10 && (await focusedLabel(page)) !== `Add ${part.name}`; i++) await keys.press("ArrowDown");
  if ((await focusedLabel(page)) !== `Add ${part.name}`) throw new Error(`${part.name} not reached in the picker`);
  await keys.press("Enter");
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

/** Quantity (arrow keys), price and discount of a line, by keyboard. */
export async function fillLine(page: Page, keys: KeyCounter, part: KeyPart): Promise<void> {
  if (!part.quantity || part.quantity === 1) {
    if (part.price === undefined && part.discount === undefined) return;
  }
  const row = page.getByTestId("build-item").filter({ hasText: part.name });
  const id = (await row.getAttribute("id"))!.replace(/^row-/, "");
  if (part.quantity && part.quantity > 1) {
    await keys.tabTo(`#item-${id}-qty`);
    for (let q = 1; q < part.quantity; q++) await keys.press("ArrowUp");
  }
  // Tabbing into a box selects its text, so typing replaces the catalog price.
  if (part.price !== undefined) {
    await keys.tabTo(`#item-${id}-price`);
    await keys.type(part.price);
  }
  if (part.discount !== undefined) {
    await keys.tabTo(`#item-${id}-discount`);
    await keys.type(part.discount);
  }
}

/** Presses per step of a run: reaching the parts, each part (finding, adding, filling its line), naming, saving. */
export type KeySteps = { step: string; presses: number }[];

/** From a freshly loaded /builds/new: the skip link, then each part, then Control+S. */
export async function assembleByKeyboard(page: Page, parts: readonly KeyPart[], options: { name?: string; steps?: KeySteps } = {}): Promise<number> {
  const keys = new KeyCounter(page);
  let last = 0;
  const step = (name: string) => {
    options.steps?.push({ step: name, presses: keys.presses - last });
    last = keys.presses;
  };
  // "Skip to content" is the first Tab stop; Enter on it moves the starting point into the page.
  await keys.press("Tab");
  await keys.press("Enter");
  step("skip link");
  for (const part of parts) {
    await addByKeyboard(page, keys, part);
    await fillLine(page, keys, part);
    step(part.name);
  }
  if (options.name) {
    await keys.tabTo("#build-name");
    await keys.type(options.name);
    step("build name");
  }
  await keys.press("Control+s");
  step("save (Control+S)");
  return keys.presses;
}

/** The three parts of issue 18's count (109 presses before): CPU, board and GPU of the 2017 build. */
export const THREE_PARTS: readonly KeyPart[] = [
  { category: "cpu", name: "Intel Core i7-7700K", query: "7700k" },
  { category: "motherboard", name: "ASUS PRIME Z270-A", query: "z270-a" },
  { category: "gpu", name: "NVIDIA GeForce GTX 1080 Ti Founders Edition", query: "1080 ti" },
];

/** What to type to find each part of the seed build (prisma/seed/example-build.json), by id. */
export const SEED_QUERIES: Record<string, string> = {
  "cpu-intel-core-i7-7700k": "7700k",
  "cpu-cooler-cooler-master-hyper-212-evo": "212",
  "motherboard-asus-prime-z270-a": "z270-a",
  "memory-corsair-vengeance-lpx-64gb-4x16gb-ddr4-2666-cl16": "2666 64",
  "storage-samsung-850-evo-500gb": "850",
  "gpu-nvidia-geforce-gtx-1080-ti-fe": "1080 ti",
  "case-fractal-design-define-c": "define c",
  "psu-evga-supernova-750-g3": "750 g3",
};

/** The builder's slot order: a keyboard user fills the slots top to bottom. */
export const SLOT_ORDER = ["cpu", "cpu-cooler", "motherboard", "memory", "storage", "gpu", "case", "psu", "case-fan", "other"];

interface SeedItem { partId: string; quantity: number; priceCents: number; discountCents?: number }
interface CatalogPart { category: string; brand: string; model: string }

const money = (cents: number) => (cents / 100).toFixed(2);
const display = (p: CatalogPart) => (p.model.toLowerCase().startsWith(p.brand.toLowerCase()) ? p.model : `${p.brand} ${p.model}`);

/** The seed build's lines as a keyboard user enters them: in slot order, with their prices and discounts. */
export async function seedKeyParts(items: readonly SeedItem[], getPart: (id: string) => Promise<CatalogPart>): Promise<KeyPart[]> {
  const parts: KeyPart[] = [];
  for (const item of items) {
    const part = await getPart(item.partId);
    const query = SEED_QUERIES[item.partId];
    if (!query) throw new Error(`no search words for ${item.partId} in SEED_QUERIES`);
    parts.push({
      category: part.category, name: display(part), query, quantity: item.quantity,
      price: money(item.priceCents), ...(item.discountCents ? { discount: money(item.discountCents) } : {}),
    });
  }
  return parts.sort((a, b) => SLOT_ORDER.indexOf(a.category) - SLOT_ORDER.indexOf(b.category));
}
