import { createHash } from "node:crypto";

// Valid build bodies and the builds API over plain HTTP, for the reliability suites and the
// database benchmark. Every draft spells out each value the server would otherwise default
// (prices, discounts, currency...), so the content a build should have after an acknowledged
// write is known exactly from the body that was sent.

const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "JPY"] as const;
const CUSTOM_CATEGORIES = ["other", "case-fan", "storage"] as const;

export interface DraftItem {
  partId?: string;
  custom?: { name: string; category: string };
  quantity: number;
  priceCents: number;
  discountCents: number;
}

export interface Draft {
  name: string;
  currency: string;
  shippingCents: number;
  taxRate: number;
  notes: string;
  items: DraftItem[];
}

/** A sample of real part ids from several categories, so drafts reference the catalog. */
export async function catalogPartIds(baseUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (const category of ["gpu", "cpu", "memory", "storage", "motherboard", "psu", "case"]) {
    const response = await fetch(`${baseUrl}/api/parts?category=${category}&pageSize=8`);
    if (response.status !== 200) throw new Error(`parts ${category}: ${response.status}`);
    const body = (await response.json()) as { items: Array<{ id: string }> };
    ids.push(...body.items.map((part) => part.id));
  }
  if (ids.length === 0) throw new Error("the catalog is empty");
  return ids;
}

/** Small deterministic generator: the same tag always gives the same draft. */
function random(tag: string): () => number {
  let state = createHash("sha256").update(tag).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid draft whose every field depends on `tag`: the number of items (1-6) changes between
 * versions too, so a write that kept the old items under a new header would show.
 */
export function draftFor(partIds: readonly string[], tag: string): Draft {
  const next = random(tag);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const items: DraftItem[] = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, index) => {
    const quantity = 1 + Math.floor(next() * 4);
    const priceCents = 100 + Math.floor(next() * 200_000);
    const discountCents = Math.floor(next() * priceCents * quantity * 0.2);
    if (next() < 0.2) return { custom: { name: `Custom ${index} ${tag}`.slice(0, 200), category: pick(CUSTOM_CATEGORIES) }, quantity, priceCents, discountCents };
    return { partId: pick(partIds), quantity, priceCents, discountCents };
  });
  return {
    name: `Reliability ${tag}`.slice(0, 120),
    currency: pick(CURRENCIES),
    shippingCents: Math.floor(next() * 5000),
    taxRate: Math.floor(next() * 25_000) / 1000,
    notes: `Written as ${tag}.`,
    items,
  };
}

interface ContentLike {
  name: string;
  currency: string;
  shippingCents: number;
  taxRate: number;
  notes: string;
  items: Array<{ partId?: string | null; custom?: { name: string; category: string } | null; quantity: number; priceCents: number | null; discountCents: number }>;
}

/** A digest of everything a build stores, computed the same way from a draft or from GET's JSON. */
export function fingerprint(content: ContentLike): string {
  const canonical = {
    name: content.name,
    currency: content.currency,
    shippingCents: content.shippingCents,
    taxRate: content.taxRate,
    notes: content.notes,
    items: content.items.map((item) => [item.partId ?? null, item.custom?.name ?? null, item.custom?.category ?? null, item.quantity, item.priceCents, item.discountCents]),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex").slice(0, 16);
}

export interface ApiResult<T = Record<string, unknown>> {
  status: number;
  body: T;
}

async function send<T>(url: string, init: RequestInit): Promise<ApiResult<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { unparsed: text.slice(0, 200) };
  }
  return { status: response.status, body: body as T };
}

const json = { "content-type": "application/json" };

export function createBuild(baseUrl: string, draft: Draft) {
  return send<{ id: string; editToken: string }>(`${baseUrl}/api/builds`, { method: "POST", headers: json, body: JSON.stringify(draft) });
}

export function updateBuild(baseUrl: string, id: string, token: string, version: number, draft: Draft) {
  return send<ContentLike & { version: number; currentVersion?: number }>(`${baseUrl}/api/builds/${id}`, {
    method: "PUT",
    headers: { ...json, authorization: `Bearer ${token}` },
    body: JSON.stringify({ ...draft, version }),
  });
}

export function readBuild(baseUrl: string, id: string) {
  return send<ContentLike & { version: number }>(`${baseUrl}/api/builds/${id}`, { method: "GET" });
}

/** Runs `task` over `items` with at most `concurrency` at a time (for checking many builds). */
export async function inPool<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}
