import { describe, expect, it } from "vitest";
import { partQueryFromParams } from "./query";
import { searchParts, type IndexedPart } from "./search";
import { searchTextFor } from "./search-text";
import type { Part } from "./types";

function gpu(id: string, model: string, specs: Record<string, unknown>, priceCents: number | null): Part {
  return { id, category: "gpu", brand: "NVIDIA", model, priceCents, currency: "USD", releaseYear: 2020, source: "builtin", externalId: null, sourceUrl: null, specs } as Part;
}

const parts: Part[] = [
  gpu("a", "GeForce RTX 3090", { vramGb: 24, architecture: "Ampere", lengthMm: 313, computeCapability: "8.6" }, 149900),
  gpu("b", "GeForce GTX 1080 Ti", { vramGb: 11, architecture: "Pascal", lengthMm: 267, computeCapability: "6.1" }, 69900),
  gpu("c", "GeForce RTX 4090", { vramGb: 24, architecture: "Ada" }, null),
  { id: "d", category: "cpu", brand: "AMD", model: "Ryzen 9 5900X", priceCents: 54900, currency: "USD", releaseYear: 2020, source: "builtin", externalId: null, sourceUrl: null, specs: { socket: "AM4", cores: 12 } } as Part,
];
const index: IndexedPart[] = parts.map((part) => ({ part, text: searchTextFor(part) }));
const base = { sort: "name" as const, page: 1, pageSize: 10 };

describe("searchParts", () => {
  it("matches every query word against brand, model and key specs", () => {
    expect(searchParts(index, { ...base, q: "rtx 90" }).items.map((p) => p.id)).toEqual(["a", "c"]);
    expect(searchParts(index, { ...base, q: "am4" }).items.map((p) => p.id)).toEqual(["d"]);
  });

  it("applies category filters; unknown values never satisfy a numeric bound", () => {
    const r = searchParts(index, { ...base, category: "gpu", filters: { vramGb: "16", lengthMm: "320" } });
    expect(r.items.map((p) => p.id)).toEqual(["a"]);
    expect(searchParts(index, { ...base, category: "gpu", filters: { architecture: "Pascal" } }).total).toBe(1);
    expect(searchParts(index, { ...base, category: "gpu", filters: { computeCapability: "8" } }).items.map((p) => p.id)).toEqual(["a"]);
  });

  it("sorts by price with unknown prices last, and by the key spec", () => {
    expect(searchParts(index, { ...base, category: "gpu", sort: "price-desc" }).items.map((p) => p.id)).toEqual(["a", "b", "c"]);
    expect(searchParts(index, { ...base, category: "gpu", sort: "spec-asc" }).items.map((p) => p.id)).toEqual(["b", "a", "c"]);
  });

  it("paginates and reports the total", () => {
    const r = searchParts(index, { ...base, pageSize: 3, page: 2 });
    expect(r).toMatchObject({ total: 4, page: 2 });
    expect(r.items).toHaveLength(1);
  });
});

describe("partQueryFromParams", () => {
  it("separates known fields from filters and rejects bad values", () => {
    const ok = partQueryFromParams(new URLSearchParams("category=gpu&q=rtx&vramGb=16&page=2"));
    expect(ok.success && ok.data).toMatchObject({ category: "gpu", q: "rtx", page: 2, pageSize: 24, filters: { vramGb: "16" } });
    expect(partQueryFromParams(new URLSearchParams("pageSize=1000")).success).toBe(false);
    expect(partQueryFromParams(new URLSearchParams("category=spaceship")).success).toBe(false);
  });
});
