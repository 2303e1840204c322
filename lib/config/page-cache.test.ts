import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_CACHE_MB, parsePageCacheMb } from "./page-cache";

describe("PAGE_CACHE_MB", () => {
  it("defaults, accepts 0 (off) to 4096, and refuses anything else with the variable's name", () => {
    expect(parsePageCacheMb(undefined)).toBe(DEFAULT_PAGE_CACHE_MB);
    expect(parsePageCacheMb(" ")).toBe(DEFAULT_PAGE_CACHE_MB);
    expect(parsePageCacheMb("0")).toBe(0);
    expect(parsePageCacheMb("4096")).toBe(4096);
    for (const bad of ["-1", "4097", "1.5", "64MB", "1e3"]) expect(() => parsePageCacheMb(bad)).toThrow(/PAGE_CACHE_MB/);
  });
});
