import { describe, expect, it } from "vitest";
import { partQueryFromParams } from "./query";
import { acceptLazily, indexPart, searchParts } from "./search";
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
const index = parts.map(indexPart);
const base = { sort: "name" as const, page: 1, pageSize: 10 };
const ids = (r: { items: Array<{ id: string }> }) => r.items.map((p) => p.id);

describe("searchParts", () => {
  it("matches every query word against brand, model and key specs, as whole words", () => {
    expect(ids(searchParts(index, { ...base, q: "rtx geforce" }))).toEqual(["a", "c"]);
    expect(ids(searchParts(index, { ...base, q: "am4" }))).toEqual(["d"]);
    // "90" is no word of "3090" or "4090": no substring matches.
    expect(searchParts(index, { ...base, q: "rtx 90" }).total).toBe(0);
  });

  it("applies category filters; unknown values never satisfy a numeric bound", () => {
    const r = searchParts(index, { ...base, category: "gpu", filters: { vramGb: "16", lengthMm: "320" } });
    expect(ids(r)).toEqual(["a"]);
    expect(searchParts(index, { ...base, category: "gpu", filters: { architecture: "Pascal" } }).total).toBe(1);
    expect(ids(searchParts(index, { ...base, category: "gpu", filters: { computeCapability: "8" } }))).toEqual(["a"]);
  });

  it("sorts by price with unknown prices last, and by the key spec", () => {
    expect(ids(searchParts(index, { ...base, category: "gpu", sort: "price-desc" }))).toEqual(["a", "b", "c"]);
    expect(ids(searchParts(index, { ...base, category: "gpu", sort: "spec-asc" }))).toEqual(["b", "a", "c"]);
  });

  it("keeps priced parts only, and parts of one source", () => {
    expect(ids(searchParts(index, { ...base, category: "gpu", pricedOnly: true }))).toEqual(["b", "a"]);
    expect(searchParts(index, { ...base, source: "imported" }).total).toBe(0);
  });

  it("paginates and reports the total", () => {
    const r = searchParts(index, { ...base, pageSize: 3, page: 2 });
    expect(r).toMatchObject({ total: 4, page: 2 });
    expect(r.items).toHaveLength(1);
  });
});

describe("partQueryFromParams", () => {
  it("separates known fields from filters and rejects bad values", () => {
    const ok = partQueryFromParams(new URLSearchParams("category=gpu&q=rtx&vramGb=16&page=2&source=imported&priced=1"));
    expect(ok.success && ok.data).toMatchObject({ category: "gpu", q: "rtx", page: 2, pageSize: 24, source: "imported", pricedOnly: true, filters: { vramGb: "16" } });
    expect(partQueryFromParams(new URLSearchParams("pageSize=1000")).success).toBe(false);
    expect(partQueryFromParams(new URLSearchParams("category=spaceship")).success).toBe(false);
    expect(partQueryFromParams(new URLSearchParams("source=shop")).success).toBe(false);
  });

  it("sorts by relevance whenever q is given, unless another sort is asked for", () => {
    const sortOf = (qs: string) => {
      const r = partQueryFromParams(new URLSearchParams(qs));
      return r.success ? r.data.sort : null;
    };
    expect(sortOf("q=1080")).toBe("relevance");
    expect(sortOf("q=1080&sort=price-asc")).toBe("price-asc");
    expect(sortOf("category=gpu")).toBe("name");
    expect(sortOf("sort=relevance")).toBe("name");
    expect(sortOf("q=%20-%20")).toBe("name");
  });
});

describe("acceptLazily (the picker's budgeted compatibility check)", () => {
  const numbers = Array.from({ length: 100 }, (_, i) => i);
  const even = (n: number) => n % 2 === 0;

  it("stops at the budget with an upper-bound total, and a continued scan picks up where it ended", () => {
    const first = acceptLazily(numbers, even, { budget: 30, budgetMs: 1_000 }, 50);
    expect(first.kept).toEqual(numbers.filter(even).slice(0, 15));
    expect(first).toMatchObject({ checkedThrough: 30, total: 15 + 70, totalExact: false });
    const second = acceptLazily(numbers, even, { budget: 30, budgetMs: 1_000, from: first.checkedThrough }, 50);
    expect(second.kept[0]).toBe(30);
    expect(second.checkedThrough).toBe(60);
  });

  it("finds, scan after scan, exactly what one unbounded scan finds", () => {
    const found: number[] = [];
    let from = 0;
    for (let round = 0; round < 10 && from < numbers.length; round += 1) {
      const scan = acceptLazily(numbers, even, { budget: 17, budgetMs: 1_000, from }, 5);
      found.push(...scan.kept);
      from = scan.checkedThrough;
    }
    expect(found).toEqual(numbers.filter(even).slice(0, found.length));
    expect(found.length).toBeGreaterThanOrEqual(25);
    const last = acceptLazily(numbers, even, { budget: 1_000, budgetMs: 1_000, from: 90 }, 50);
    expect(last).toMatchObject({ totalExact: true, checkedThrough: 100, kept: [90, 92, 94, 96, 98] });
  });

  it("always checks at least one result, even with no time left, and ignores a start past the end", () => {
    expect(acceptLazily(numbers, even, { budget: 30, budgetMs: 0, from: 4 }, 50).checkedThrough).toBeGreaterThanOrEqual(5);
    expect(acceptLazily(numbers, even, { budget: 30, budgetMs: 10, from: 1_000 }, 50)).toMatchObject({ kept: [], total: 0, totalExact: true, checkedThrough: 100 });
  });

  it("continues a compatible search in the catalog's order, one budget at a time", () => {
    const accept = { test: (p: Part) => p.id !== "b", budget: 1, budgetMs: 1_000 };
    // By name: GTX 1080 Ti (b, refused), RTX 3090 (a), RTX 4090 (c).
    const first = searchParts(index, { ...base, category: "gpu", accept });
    expect(first).toMatchObject({ items: [], checkedThrough: 1, totalExact: false, total: 2 });
    const second = searchParts(index, { ...base, category: "gpu", accept: { ...accept, from: first.checkedThrough } });
    expect(ids(second)).toEqual(["a"]);
    const third = searchParts(index, { ...base, category: "gpu", accept: { ...accept, from: second.checkedThrough } });
    expect(third).toMatchObject({ checkedThrough: 3, totalExact: true, total: 1 });
    expect(ids(third)).toEqual(["c"]);
  });
});
