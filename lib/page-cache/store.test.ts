import { describe, expect, it } from "vitest";
import { PageStore } from "./store";

const entry = (bytes: number, name = "x") => ({ bytes, name });

describe("page store", () => {
  it("serves an entry only for the version it was made for, and a new version replaces the old", () => {
    const store = new PageStore<ReturnType<typeof entry>>({ maxBytes: 1000, maxVariants: 4 });
    store.set("/b/a", "v1", "", entry(10, "one"));
    expect(store.get("/b/a", "v1")?.name).toBe("one");
    expect(store.get("/b/a", "v2")).toBeUndefined();
    store.set("/b/a", "v2", "", entry(10, "two"));
    expect(store.get("/b/a", "v1")).toBeUndefined();
    expect(store.get("/b/a", "v2")?.name).toBe("two");
    expect(store.stats()).toEqual({ entries: 1, bytes: 10 });
  });

  it("keeps a bounded number of variants per version, so forged hosts cannot push out other pages", () => {
    const store = new PageStore<ReturnType<typeof entry>>({ maxBytes: 1000, maxVariants: 2 });
    expect(store.set("/b/a", "v1", "http://a", entry(10))).toBe(true);
    expect(store.set("/b/a", "v1", "http://b", entry(10))).toBe(true);
    expect(store.set("/b/a", "v1", "http://c", entry(10))).toBe(false);
    expect(store.set("/b/a", "v1", "http://a", entry(12))).toBe(true); // replacing one is fine
    expect(store.stats()).toEqual({ entries: 2, bytes: 22 });
  });

  it("evicts the least recently used entries to stay within its byte budget, and refuses one larger than it", () => {
    const store = new PageStore<ReturnType<typeof entry>>({ maxBytes: 100, maxVariants: 4 });
    store.set("a", "1", "", entry(40));
    store.set("b", "1", "", entry(40));
    store.get("a", "1"); // a is now more recent than b
    store.set("c", "1", "", entry(40));
    expect(store.get("b", "1")).toBeUndefined();
    expect(store.get("a", "1")).toBeDefined();
    expect(store.get("c", "1")).toBeDefined();
    expect(store.stats().bytes).toBeLessThanOrEqual(100);
    expect(store.set("d", "1", "", entry(101))).toBe(false);
    expect(store.stats().entries).toBe(2);
  });
});
