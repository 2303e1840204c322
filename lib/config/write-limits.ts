import { ConfigError } from "./database-url";

export const DEFAULT_WRITE_RATE_LIMIT_PER_MINUTE = 60;
// The builder asks for an analysis on each change and a picker page per (debounced) keystroke:
// a person stays far below 300 a minute, and each such request is CPU-bounded (docs/security.md).
export const DEFAULT_READ_RATE_LIMIT_PER_MINUTE = 300;
const MAX_PROXY_HOPS = 10;
// A check takes tens of microseconds for an ordinary build and up to about a millisecond for a
// hostile 64-line one; the time cap (lib/services/picker.ts) bounds a request whatever this is.
export const DEFAULT_PICKER_CHECK_BUDGET = 2000;
const MAX_PICKER_CHECK_BUDGET = 100_000;

function wholeNumber(name: string, raw: string | undefined, fallback: number, max: number, min = 0): number {
  const text = (raw ?? "").trim();
  if (text === "") return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max || Number(text) < min) {
    throw new ConfigError(`${name} "${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

/** WRITE_RATE_LIMIT_PER_MINUTE: bucket size and refill per minute; 0 turns limiting off. */
export function parseWriteRateLimit(raw: string | undefined): number {
  return wholeNumber("WRITE_RATE_LIMIT_PER_MINUTE", raw, DEFAULT_WRITE_RATE_LIMIT_PER_MINUTE, 1_000_000_000);
}

/** READ_RATE_LIMIT_PER_MINUTE: the same for expensive reads (analysis, compatible-parts search). */
export function parseReadRateLimit(raw: string | undefined): number {
  return wholeNumber("READ_RATE_LIMIT_PER_MINUTE", raw, DEFAULT_READ_RATE_LIMIT_PER_MINUTE, 1_000_000_000);
}

/**
 * PICKER_CHECK_BUDGET: parts a compatible-parts search checks against its build per request, at
 * most (the picker's "Check more parts" continues); at least 1, so every request makes progress.
 */
export function parsePickerCheckBudget(raw: string | undefined): number {
  return wholeNumber("PICKER_CHECK_BUDGET", raw, DEFAULT_PICKER_CHECK_BUDGET, MAX_PICKER_CHECK_BUDGET, 1);
}

/** TRUST_PROXY_HOPS: how many reverse proxies in front of the app append to X-Forwarded-For. */
export function parseTrustProxyHops(raw: string | undefined): number {
  return wholeNumber("TRUST_PROXY_HOPS", raw, 0, MAX_PROXY_HOPS);
}

/** Throws ConfigError naming the first bad variable; start-up calls it to fail fast. */
export function checkWriteLimitConfig(env: Record<string, string | undefined>): void {
  parseWriteRateLimit(env.WRITE_RATE_LIMIT_PER_MINUTE);
  parseReadRateLimit(env.READ_RATE_LIMIT_PER_MINUTE);
  parseTrustProxyHops(env.TRUST_PROXY_HOPS);
  parsePickerCheckBudget(env.PICKER_CHECK_BUDGET);
}
