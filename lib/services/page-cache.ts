import { parsePageCacheMb } from "../config/page-cache";
import { encodedResponsesSupported, ENCODING_HEADER } from "../http/encoded-response-hook";
import { bodyFor, chooseEncoding, etagMatches, type EncodedBody } from "../page-cache/encoded-body";
import { PageStore } from "../page-cache/store";

/** Where a cached response is filed: see PageStore. `version` must carry every input (page-cache-keys.ts). */
export interface CacheKey {
  group: string;
  version: string;
  variant?: string;
}

// Variants per resource and version: a page that varies by origin is seen under one or two names.
const MAX_VARIANTS = 4;

const globalCache = globalThis as unknown as {
  dlboxPageStore?: PageStore<EncodedBody> | null;
  dlboxPageFills?: Map<string, Promise<EncodedBody | null>>;
};

/**
 * The process's store, or null when PAGE_CACHE_MB=0 or under `next dev` (where code changes must
 * show at once and React needs 'unsafe-eval'). Shared by proxy.ts and route handlers (globalThis).
 */
export function pageStore(): PageStore<EncodedBody> | null {
  if (globalCache.dlboxPageStore === undefined) {
    const mb = process.env.NODE_ENV === "development" ? 0 : parsePageCacheMb(process.env.PAGE_CACHE_MB);
    globalCache.dlboxPageStore = mb === 0 ? null : new PageStore<EncodedBody>({ maxBytes: mb * 1024 * 1024, maxVariants: MAX_VARIANTS });
  }
  return globalCache.dlboxPageStore;
}

/**
 * The cached body for `key`, or `make()`'s, stored. Concurrent misses for one key share a single
 * `make()`: a burst on a page just edited renders it once. null when `make` declines (not cacheable).
 */
export async function cachedOrMade(key: CacheKey, make: () => Promise<EncodedBody | null>): Promise<EncodedBody | null> {
  const store = pageStore();
  if (!store) return make();
  const variant = key.variant ?? "";
  const hit = store.get(key.group, key.version, variant);
  if (hit) return hit;
  const fills = (globalCache.dlboxPageFills ??= new Map());
  const id = `${key.group}\u0000${key.version}\u0000${variant}`;
  let fill = fills.get(id);
  if (!fill) {
    fill = make()
      .then((made) => {
        if (made) store.set(key.group, key.version, variant, made);
        return made;
      })
      .finally(() => fills.delete(id));
    fills.set(id, fill);
  }
  return fill;
}

export interface CachedResponseOptions {
  method: string;
  headers: Headers;
  /** Response headers for every answer (Vary, Cache-Control); the entry's own headers are added. */
  headers200: Record<string, string>;
}

/**
 * The response for a cached body: 304 when the browser holds these bytes (If-None-Match), else the
 * body in the best encoding the request accepts, compressed once when it was cached.
 */
export function cachedResponse(entry: EncodedBody, options: CachedResponseOptions): Response {
  const common: Record<string, string> = { ...options.headers200, etag: entry.etag };
  if (etagMatches(options.headers.get("if-none-match"), entry.etag)) return new Response(null, { status: 304, headers: common });
  const encoding = encodedResponsesSupported() ? chooseEncoding(options.headers.get("accept-encoding")) : "identity";
  const headers: Record<string, string> = { ...common, ...entry.headers, "content-type": entry.contentType };
  if (encoding !== "identity") headers[ENCODING_HEADER] = encoding;
  const body = options.method === "HEAD" ? null : new Uint8Array(bodyFor(entry, encoding));
  return new Response(body, { status: 200, headers });
}
