const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin a visitor used, for absolute links in share metadata (chat apps ignore relative
 * og:image URLs). Honours a proxy's X-Forwarded-Host/Proto; null when the host is not a plain
 * host name, so a forged header cannot inject markup or paths into the page's meta tags.
 */
export function requestOrigin(headers: Headers): string | null {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  const proto = (headers.get("x-forwarded-proto") ?? "http").split(",")[0]!.trim().toLowerCase();
  if (!HOST.test(host) || (proto !== "http" && proto !== "https")) return null;
  return `${proto}://${host}`;
}
