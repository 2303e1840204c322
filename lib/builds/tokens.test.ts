import { timingSafeEqual } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { BUILD_ID_PATTERN, hashEditToken, newBuildId, newEditToken, tokenMatches } from "./tokens";

// The real function, recorded: tokens.ts must reach it for every comparison.
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe("build ids and edit tokens", () => {
  it("build ids carry 128 random bits and match the id pattern", () => {
    const ids = Array.from({ length: 2000 }, newBuildId);
    for (const id of ids) {
      expect(id).toMatch(BUILD_ID_PATTERN);
      expect(Buffer.from(id, "base64url")).toHaveLength(16);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("edit tokens carry 256 random bits; only a SHA-256 hex hash is stored", () => {
    const token = newEditToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const hash = hashEditToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });

  it("accepts exactly the matching token", () => {
    const token = newEditToken();
    const hash = hashEditToken(token);
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(newEditToken(), hash)).toBe(false);
    expect(tokenMatches(token.slice(0, -1), hash)).toBe(false);
    expect(tokenMatches(token, "")).toBe(false);
    expect(tokenMatches(token, "not hex")).toBe(false);
  });

  it("compares with crypto.timingSafeEqual on equal-length digests, never with ===", () => {
    const spy = vi.mocked(timingSafeEqual);
    spy.mockClear();
    const token = newEditToken();
    const hash = hashEditToken(token);
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(newEditToken(), hash)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(2);
    for (const [a, b] of spy.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });
});
