/**
 * Token buckets per client key: `capacity` requests at once, refilled continuously at
 * `refillPerMinute`. Pure apart from the injected clock, so tests drive time directly.
 *
 * Memory stays bounded: buckets are kept in least-recently-used order, and one idle long
 * enough to have refilled completely is indistinguishable from a new one, so it is dropped.
 * Past `maxBuckets` (many addresses at once) the least recently used go first.
 */
export interface RateLimitOptions {
  capacity: number;
  refillPerMinute: number;
  /** Milliseconds from an arbitrary, non-decreasing origin (e.g. performance.now). */
  now: () => number;
  maxBuckets?: number;
}

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export const DEFAULT_MAX_BUCKETS = 100_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly fullAfterMs: number;
  private readonly maxBuckets: number;

  constructor(private readonly options: RateLimitOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerMinute > 0)) throw new RangeError("capacity >= 1 and refillPerMinute > 0 required");
    this.perMs = options.refillPerMinute / 60_000;
    this.fullAfterMs = options.capacity / this.perMs;
    this.maxBuckets = options.maxBuckets ?? DEFAULT_MAX_BUCKETS;
  }

  take(key: string): RateLimitDecision {
    const now = this.options.now();
    this.evictIdle(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, updatedAt: now };
    // A clock that steps backwards must never mint tokens.
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + elapsed * this.perMs);
    bucket.updatedAt = now;
    // Re-inserting keeps the map in least-recently-used order for evictIdle.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evictIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.fullAfterMs) break;
      this.buckets.delete(key);
    }
  }
}
