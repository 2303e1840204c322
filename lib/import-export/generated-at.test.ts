import { describe, expect, it } from "vitest";
import { formatGeneratedAt } from "./generated-at";

const at = new Date(Date.UTC(2026, 10, 27, 1, 23));

describe("formatGeneratedAt", () => {
  it("defaults to UTC", () => {
    expect(formatGeneratedAt(at)).toBe("2026-11-27 01:23 UTC-0000");
  });

  it("uses the zone's abbreviation and offset, with daylight saving", () => {
    expect(formatGeneratedAt(at, "America/New_York")).toBe("2026-11-26 20:23 EST-0500");
    expect(formatGeneratedAt(new Date(Date.UTC(2017, 5, 8, 0, 32)), "America/New_York")).toBe("2017-06-07 20:32 EDT-0400");
  });

  it("labels zones without a letter abbreviation as UTC plus offset", () => {
    expect(formatGeneratedAt(at, "Asia/Kolkata")).toBe("2026-11-27 06:53 UTC+0530");
    expect(formatGeneratedAt(at, "Europe/Berlin")).toBe("2026-11-27 02:23 UTC+0100");
  });

  it("falls back to UTC for an unknown zone instead of throwing", () => {
    expect(formatGeneratedAt(at, "Mars/Olympus")).toBe("2026-11-27 01:23 UTC-0000");
  });
});
