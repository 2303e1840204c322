import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pagePolicy } from "@/lib/http/csp";

/** A fresh script nonce per page; Next applies it to its own scripts from the request header. */
export function proxy(request: NextRequest): NextResponse {
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
