import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pagePolicy } from "@/lib/http/csp";
import { REFUSED_METHOD_HEADER } from "@/lib/http/refused-method";
import { guardRequest } from "@/lib/http/request-guard";
import { cachedPageResponse } from "@/lib/services/cached-pages";
import { isCacheRender, restoredRenderHeaders } from "@/lib/services/page-render";

/**
 * Every request first passes the guard (malformed URL 400, unknown API path 404, method 405, as
 * JSON, with one log line). API routes then get a fixed policy from next.config.ts. Home and share
 * pages are served from the page cache when their inputs are unchanged (with a hash-based policy
 * made for the cached copy); every other page, and a cache miss that cannot be cached, renders
 * per request with a fresh script nonce that Next applies to its own scripts.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const method = request.headers.get(REFUSED_METHOD_HEADER) ?? request.method;
  const refusal = guardRequest(method, pathname);
  if (refusal) {
    console.warn(`${refusal.status} ${method.slice(0, 20)} ${pathname.slice(0, 200)}: ${refusal.message}`);
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (refusal.allow) headers.Allow = refusal.allow;
    return NextResponse.json({ error: refusal.error, message: refusal.message }, { status: refusal.status, headers });
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();

  // The page cache asking this server for a page to cache: render it as the visitor would, nonce-free.
  if (isCacheRender(request.headers)) return NextResponse.next({ request: { headers: restoredRenderHeaders(request.headers) } });

  const cached = await cachedPageResponse(request);
  if (cached) return cached;

  const nonce = newNonce();
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Static files need no guard and no policy.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon\\.ico).*)" }],
};
