import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("RateLimiter", () => {
  it("allows a burst of `capacity`, then refuses with the seconds until the next token", () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 60, refillPerMinute: 60, now: c.now });
    for (let i = 0; i < 60; i++) expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    c.advance(999);
    expect(limiter.take("a").allowed).toBe(false);
    c.advance(1);
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("reports a Retry-After that is actually enough", () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 2, refillPerMinute: 2, now: c.now });
    limiter.take("a");
    limiter.take("a");
    const refused = limiter.take("a");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 30 });
    c.advance(29_000);
    expect(limiter.take("a").allowed).toBe(false);
    c.advance(1_000);
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("keeps clients apart", () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 1, refillPerMinute: 1, now: c.now });
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
  });

  it("never limits a person saving every few seconds, for hours, with the default limit", () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 60, refillPerMinute: 60, now: c.now });
    // An eager editor: a burst of 20 quick saves, then one every 2 s for three hours.
    for (let i = 0; i < 20; i++) expect(limiter.take("me").allowed).toBe(true);
    for (let i = 0; i < 3 * 3600 / 2; i++) {
      c.advance(2_000);
      expect(limiter.take("me").allowed).toBe(true);
    }
  });

  it("never mints tokens when the clock steps backwards", () => {
    const c = clock(10_000);
    const limiter = new RateLimiter({ capacity: 1, refillPerMinute: 1, now: c.now });
    expect(limiter.take("a").allowed).toBe(true);
    c.advance(-5_000);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("forgets buckets that have refilled completely, so idle clients cost no memory", () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 60, refillPerMinute: 60, now: c.now });
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(1000);
    c.advance(59_000);
    limiter.take("late");
    expect(limiter.size).toBe(1001);
    c.advance(1_000);
    limiter.take("later");
    expect(limiter.size).toBe(2);
  });

  it("caps the number of buckets, dropping the least recently used first", () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 1, refillPerMinute: 1, now: c.now, maxBuckets: 3 });
    for (const key of ["a", "b", "c"]) limiter.take(key);
    c.advance(1);
    limiter.take("a"); // refused, but now the most recently used
    limiter.take("d");
    expect(limiter.size).toBe(3);
    // "b" was dropped (fresh bucket again); "a" kept its empty bucket.
    expect(limiter.take("b").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("rejects a configuration that could never allow anything", () => {
    expect(() => new RateLimiter({ capacity: 0, refillPerMinute: 60, now: () => 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerMinute: 0, now: () => 0 })).toThrow(RangeError);
  });
});
