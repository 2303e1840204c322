import { createHash, randomBytes } from "node:crypto";
import { THEME_INIT_SCRIPT } from "../../components/theme-script";

/** 128 random bits per page response; Next reads it from the request's CSP header. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

// The theme script is a fixed inline script, so a hash allows it without threading the nonce.
const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(THEME_INIT_SCRIPT, "utf8").digest("base64")}'`;

/**
 * The page policy: scripts only by nonce or hash, and whatever those load ('strict-dynamic'),
 * so injected markup cannot run code. Styles allow inline because React style attributes
 * render as inline styles; a nonce would disable that.
 */
export function pagePolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // React's development build uses eval for server error stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' ${THEME_SCRIPT_HASH} 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
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
