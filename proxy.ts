import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pagePolicy } from "@/lib/http/csp";
import { cachedPageResponse } from "@/lib/services/cached-pages";
import { isCacheRender, restoredRenderHeaders } from "@/lib/services/page-render";

/**
 * Home and share pages: served from the page cache when their inputs are unchanged (with a
 * hash-based policy made for the cached copy). Every other page, and a cache miss that cannot be
 * cached, renders per request with a fresh script nonce that Next applies to its own scripts.
 */
export async function proxy(request: NextRequest): Promise<Response> {
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

// API routes get a fixed policy from next.config.ts; static files need none.
export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon\\.ico).*)" }],
};
