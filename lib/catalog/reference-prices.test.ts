import { describe, expect, it } from "vitest";
import { loadBuiltinCatalog } from "./builtin-catalog";
import { loadReferencePrices } from "./reference-prices-file";

// Every curated part has a reference price: a launch MSRP or a dated retail listing, each with
// where it was read (prisma/seed/prices.json). A part added without one fails here.
const parts = loadBuiltinCatalog();
const prices = loadReferencePrices();

describe("reference prices (prisma/seed/prices.json)", () => {
  it("cover every curated part", () => {
    const priced = new Set(prices.map((p) => p.partId));
    expect(parts.filter((p) => !priced.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it("name only parts of the catalog", () => {
    const ids = new Set(parts.map((p) => p.id));
    expect(prices.filter((p) => !ids.has(p.partId)).map((p) => p.partId)).toEqual([]);
  });

  it("carry a date, a source page and a plausible amount", () => {
    for (const p of prices) {
      expect(p.url, p.partId).toMatch(/^https?:\/\//);
      expect(p.observedAt >= "2000-01-01", p.partId).toBe(true);
      expect(p.priceCents, p.partId).toBeGreaterThan(0);
      // No curated consumer or workstation part costs more than $60,000 (data-centre GPUs included).
      expect(p.priceCents, p.partId).toBeLessThan(60_000_00);
    }
  });

  it("observe each part no earlier than a year before its release", () => {
    const year = new Map(parts.map((p) => [p.id, p.releaseYear]));
    for (const p of prices) {
      const released = year.get(p.partId);
      if (released) expect(Number(p.observedAt.slice(0, 4)), p.partId).toBeGreaterThanOrEqual(released - 1);
    }
  });
});
