import { forbidden } from "../errors";
import { forwardedHeadersTrusted, requestHost } from "./request-origin";

/**
 * Why a request is cross-site, or null. Browsers name the page that sent a request in Origin
 * (and Sec-Fetch-Site); a form or script on another site could otherwise make its visitors'
 * browsers create, fork or delete builds here. Requests without either header (curl, the
 * benchmark script) are not from a browser page and pass.
 */
export function crossSiteReason(headers: Headers, trustForwarded = forwardedHeadersTrusted()): string | null {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return `the request came from another site (Sec-Fetch-Site: ${site})`;
  const origin = headers.get("origin");
  if (origin === null) return null;
  if (origin === "null") return "it came from a page without an origin (Origin: null)";
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return "its Origin header is not a URL";
  }
  if (host === "") return "its Origin header names no host";
  const own = requestHost(headers, trustForwarded);
  return host === own ? null : `it came from ${host}, not ${own || "this server"}`;
}

/** Throws 403 for cross-site requests to state-changing endpoints. */
export function checkSameOrigin(request: Request): void {
  const reason = crossSiteReason(request.headers);
  if (reason) throw forbidden(`Cross-site request refused: ${reason}. Use the app's own pages or a client without a browser Origin.`);
}
