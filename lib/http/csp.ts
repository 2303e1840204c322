import { createHash, randomBytes } from "node:crypto";
import { THEME_INIT_SCRIPT } from "../../components/theme-script";

/** 128 random bits per page response; Next reads it from the request's CSP header. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

// The theme script is a fixed inline script, so a hash allows it without threading the nonce.
const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(THEME_INIT_SCRIPT, "utf8").digest("base64")}'`;

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * Scripts only by the given nonce or hashes, and whatever those load ('strict-dynamic'), so
 * injected markup cannot run code. Styles allow inline because React style attributes render
 * as inline styles; a nonce would disable that.
 */
function policy(scriptSources: readonly string[], development: boolean): string {
  return [
    "default-src 'self'",
    // React's development build uses eval for server error stacks; production never does.
    `script-src 'self' ${scriptSources.join(" ")} 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of a page rendered for one response: its nonce, plus the theme script's hash. */
export function pagePolicy(nonce: string, development = false): string {
  return policy([`'nonce-${nonce}'`, THEME_SCRIPT_HASH], development);
}

/**
 * The policy of a page served from the page cache to many visitors (lib/page-cache): no nonce,
 * only the hashes of that page's inline scripts (its loader starts the external ones).
 */
export function cachedPagePolicy(scriptHashes: readonly string[]): string {
  if (scriptHashes.length === 0 || scriptHashes.some((h) => !HASH_SOURCE.test(h))) {
    throw new Error("cachedPagePolicy: expected 'sha256-…' sources");
  }
  return policy(scriptHashes, false);
}
