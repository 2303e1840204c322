import { parseReadRateLimit, parseTrustProxyHops, parseWriteRateLimit } from "../config/write-limits";
import { rateLimited } from "../errors";
import { clientAddress } from "./client-address";
import { handle } from "./errors";
import { peerAddressHookInstalled } from "./peer-address-hook";
import { RateLimiter } from "./rate-limit";
import { checkSameOrigin } from "./same-origin";

interface WriteLimits {
  limiter: RateLimiter | null;
  /** Expensive reads draw on a bucket of their own, so browsing never uses up saving. */
  readLimiter: RateLimiter | null;
  trustedHops: number;
}

function bucket(perMinute: number): RateLimiter | null {
  return perMinute === 0 ? null : new RateLimiter({ capacity: perMinute, refillPerMinute: perMinute, now: () => performance.now() });
}

// Next bundles each route separately, so module state would give every route its own
// limiter; one per process lives on globalThis instead. Each app server limits on its own.
const KEY = Symbol.for("dl-box-planner.write-limits");

function writeLimits(): WriteLimits {
  const store = globalThis as Record<symbol, WriteLimits | undefined>;
  if (!store[KEY]) {
    store[KEY] = {
      limiter: bucket(parseWriteRateLimit(process.env.WRITE_RATE_LIMIT_PER_MINUTE)),
      readLimiter: bucket(parseReadRateLimit(process.env.READ_RATE_LIMIT_PER_MINUTE)),
      trustedHops: parseTrustProxyHops(process.env.TRUST_PROXY_HOPS),
    };
  }
  return store[KEY];
}

/** The limiter's key for a request; without the peer hook no header can be trusted, so all share one. */
export function writeClientKey(request: Request, trustedHops: number): string {
  if (!peerAddressHookInstalled()) return "unverified-peer";
  return clientAddress(request.headers.get("x-forwarded-for"), trustedHops);
}

function take(request: Request, limiter: RateLimiter | null, trustedHops: number): void {
  if (!limiter) return;
  const decision = limiter.take(writeClientKey(request, trustedHops));
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
}

/** Throws rate_limited (429 + Retry-After) once this client has used up its write allowance. */
export function checkWriteAllowance(request: Request): void {
  const { limiter, trustedHops } = writeLimits();
  take(request, limiter, trustedHops);
}

/** The same for expensive reads, from their own allowance. */
export function checkReadAllowance(request: Request): void {
  const { readLimiter, trustedHops } = writeLimits();
  take(request, readLimiter, trustedHops);
}

/**
 * handle() for routes that write or do heavy work on input: cross-site requests refused and the
 * client rate limited, both before the body is read.
 */
export function handleWrite<A extends [Request, ...unknown[]]>(fn: (...args: A) => Promise<Response>) {
  return handle(async (...args: A) => {
    checkSameOrigin(args[0]);
    checkWriteAllowance(args[0]);
    return fn(...args);
  });
}

/**
 * handle() for reads whose CPU grows with their input (analysis of a draft, compatible-parts
 * search): each is bounded per request, and a client's rate of them per minute too.
 */
export function handleExpensiveRead<A extends [Request, ...unknown[]]>(fn: (...args: A) => Promise<Response>) {
  return handle(async (...args: A) => {
    checkReadAllowance(args[0]);
    return fn(...args);
  });
}
