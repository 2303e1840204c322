import { getDb } from "../db/client";
import { cachedOrMade, cachedResponse, pageStore, type CacheKey } from "./page-cache";
import { homePageKey, SHARE_PAGE, sharePageKey } from "./page-cache-keys";
import { renderPageForCache } from "./page-render";

// Client-side navigations and prefetches ask for the RSC payload, not HTML, on the same URL.
const RSC_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
// The same list Next answers pages with: a shared cache must not hand HTML to an RSC request.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, accept-encoding";

function pageKey(pathname: string, headers: Headers): Promise<CacheKey | null> | null {
  if (pathname === "/") return homePageKey(getDb());
  const share = SHARE_PAGE.exec(pathname);
  return share ? sharePageKey(getDb(), share[1]!, headers) : null;
}

/**
 * The cached HTML of the home page or a share page (proxy.ts), or null to render as usual: another
 * page, a query string, an RSC request, a missing build, caching off, or a page that cannot be cached.
 */
export async function cachedPageResponse(request: Request): Promise<Response | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = new URL(request.url);
  if (url.search !== "" || RSC_REQUEST_HEADERS.some((h) => request.headers.has(h)) || !pageStore()) return null;
  const pending = pageKey(url.pathname, request.headers);
  if (!pending) return null;
  try {
    const key = await pending;
    if (!key) return null;
    let made = false;
    const entry = await cachedOrMade(key, () => {
      made = true;
      return renderPageForCache(url.pathname, request.headers);
    });
    if (!entry) return null;
    return cachedResponse(entry, {
      method: request.method,
      headers: request.headers,
      headers200: { "cache-control": "no-cache", vary: VARY, "x-dlbox-cache": made ? "miss" : "hit" },
    });
  } catch (error) {
    // The page renders as usual and reports the problem itself (an unreachable database: a 500).
    console.error(`page cache: ${(error as Error).message}`);
    return null;
  }
}
