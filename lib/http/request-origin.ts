import { parseTrustProxyHops } from "../config/write-limits";

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Whether X-Forwarded-Host/-Proto come from a proxy of ours: only when TRUST_PROXY_HOPS > 0. */
export function forwardedHeadersTrusted(env: Record<string, string | undefined> = process.env): boolean {
  return parseTrustProxyHops(env.TRUST_PROXY_HOPS) > 0;
}

/** The host (and port) the client addressed, from our proxy's header when it is trusted. */
export function requestHost(headers: Headers, trustForwarded = forwardedHeadersTrusted()): string {
  const forwarded = trustForwarded ? headers.get("x-forwarded-host") : null;
  return (forwarded ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
}

/**
 * The origin a visitor used, for absolute links in share metadata (chat apps ignore relative
 * og:image URLs). Honours a proxy's X-Forwarded-Host/Proto only behind a trusted proxy (without
 * one, any client could make the page and downloads name another site); null when the host is
 * not a plain host name, so a forged header cannot inject markup or paths into meta tags.
 */
export function requestOrigin(headers: Headers, trustForwarded = forwardedHeadersTrusted()): string | null {
  const host = requestHost(headers, trustForwarded);
  const forwardedProto = trustForwarded ? headers.get("x-forwarded-proto") : null;
  const proto = (forwardedProto ?? "http").split(",")[0]!.trim().toLowerCase();
  if (!HOST.test(host) || (proto !== "http" && proto !== "https")) return null;
  return `${proto}://${host}`;
}
