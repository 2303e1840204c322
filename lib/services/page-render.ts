import { randomBytes, timingSafeEqual } from "node:crypto";
import { cachedPagePolicy } from "../http/csp";
import { encodeBody, type EncodedBody } from "../page-cache/encoded-body";
import { hashPageScripts } from "../page-cache/script-hashes";

// proxy.ts cannot see the body Next renders after it, so to cache a page it asks its own server for
// the page once (on a miss), over loopback, marked with a secret that never leaves this process. The
// marked request renders exactly like a visitor's (same path, same Host and forwarded headers), but
// with no nonce in its policy, so the markup has no nonce attributes; the cached copy gets hashes.

export const RENDER_HEADER = "x-dlbox-page-render";
/** The visitor's headers that reach the page (requestOrigin), carried under these names and restored. */
export const CARRIED_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto"] as const;
const CARRIED_PREFIX = "x-dlbox-carried-";

const MAX_PAGE_BYTES = 4 * 1024 * 1024;
const RENDER_TIMEOUT_MS = 30_000;

const globalToken = globalThis as unknown as { dlboxRenderToken?: Buffer };
function renderToken(): Buffer {
  globalToken.dlboxRenderToken ??= randomBytes(32);
  return globalToken.dlboxRenderToken;
}

/** True only for this process's own cache-fill requests. */
export function isCacheRender(headers: Headers): boolean {
  const sent = Buffer.from(headers.get(RENDER_HEADER) ?? "", "base64url");
  const token = renderToken();
  return sent.length === token.length && timingSafeEqual(sent, token);
}

/** The request headers a cache-fill request renders with: the visitor's, restored; no CSP, no marks. */
export function restoredRenderHeaders(headers: Headers): Headers {
  const restored = new Headers(headers);
  for (const name of CARRIED_HEADERS) {
    const value = headers.get(CARRIED_PREFIX + name);
    if (value === null) restored.delete(name);
    else restored.set(name, value);
    restored.delete(CARRIED_PREFIX + name);
  }
  restored.delete(RENDER_HEADER);
  restored.delete("content-security-policy");
  return restored;
}

/** This server's own address: what `next start` records once listening, else loopback on PORT. */
function ownOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
}

async function readCapped(response: Response): Promise<Buffer | null> {
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > MAX_PAGE_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/**
 * Renders `path` as the visitor with `headers` would get it and returns it ready to cache (scripts
 * hashed, compressed), or null when it is not a plain 200 HTML page the hash policy can cover.
 */
export async function renderPageForCache(path: string, headers: Headers): Promise<EncodedBody | null> {
  const sent = new Headers({ [RENDER_HEADER]: renderToken().toString("base64url"), "accept-encoding": "identity", "user-agent": "dlbox-page-cache" });
  for (const name of CARRIED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) sent.set(CARRIED_PREFIX + name, value);
  }
  const response = await fetch(new URL(path, ownOrigin()), { headers: sent, redirect: "manual", signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
  if (response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("text/html")) {
    await response.body?.cancel();
    return null;
  }
  const body = await readCapped(response);
  if (!body) return null;
  const hashed = hashPageScripts(body.toString("utf8"));
  if (!hashed || hashed.scriptHashes.length === 0) return null;
  return encodeBody(Buffer.from(hashed.html, "utf8"), "text/html; charset=utf-8", {
    "content-security-policy": cachedPagePolicy(hashed.scriptHashes),
  });
}
