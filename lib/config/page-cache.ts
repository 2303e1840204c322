import { ConfigError } from "./database-url";

export const DEFAULT_PAGE_CACHE_MB = 64;
const MAX_PAGE_CACHE_MB = 4096;

/** PAGE_CACHE_MB: memory each server process may use for cached pages and build JSON; 0 turns caching off. */
export function parsePageCacheMb(raw: string | undefined): number {
  const text = (raw ?? "").trim();
  if (text === "") return DEFAULT_PAGE_CACHE_MB;
  if (!/^\d+$/.test(text) || Number(text) > MAX_PAGE_CACHE_MB) {
    throw new ConfigError(`PAGE_CACHE_MB "${raw}" is not a whole number from 0 to ${MAX_PAGE_CACHE_MB}`);
  }
  return Number(text);
}
