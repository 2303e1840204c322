import { API_ROUTES } from "./api-routes";

export interface Refusal {
  status: 400 | 404 | 405;
  error: "invalid" | "not_found" | "method_not_allowed";
  message: string;
  /** For 405: the methods the path answers. */
  allow?: string;
}

// Next answers HEAD for GET and OPTIONS for every route itself.
const IMPLIED = ["HEAD", "OPTIONS"];
const PAGE_METHODS = ["GET", ...IMPLIED];

interface CompiledRoute {
  segments: string[];
  allow: string[];
}

const ROUTES: CompiledRoute[] = API_ROUTES.map(({ pattern, methods }) => ({
  segments: pattern.split("/").slice(1),
  allow: [...methods, ...(methods.includes("GET") ? IMPLIED : ["OPTIONS"])],
}));

const isParam = (segment: string) => segment.startsWith("[");

/** The matching route; a literal segment beats a parameter (/api/parts/search over /api/parts/[id]). */
function matchRoute(segments: readonly string[]): CompiledRoute | undefined {
  let best: CompiledRoute | undefined;
  let bestLiterals = -1;
  for (const route of ROUTES) {
    if (route.segments.length !== segments.length || !route.segments.every((s, i) => isParam(s) || s === segments[i])) continue;
    const literals = route.segments.filter((s) => !isParam(s)).length;
    if (literals > bestLiterals) [best, bestLiterals] = [route, literals];
  }
  return best;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the app answers before routing, or null to route the request: 400 for a path whose
 * percent-encoding is broken (Next would throw a URIError and answer 500), 404 for an unknown
 * API path, 405 for a method the path does not take (pages take GET and HEAD only).
 */
export function guardRequest(method: string, pathname: string): Refusal | null {
  if (!decodes(pathname)) return { status: 400, error: "invalid", message: "The URL's percent-encoding is malformed." };
  const upper = method.toUpperCase();
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const route = matchRoute(pathname.split("/").slice(1));
    if (!route) return { status: 404, error: "not_found", message: "No API endpoint at this path." };
    if (!route.allow.includes(upper)) return notAllowed(upper, route.allow);
    return null;
  }
  return PAGE_METHODS.includes(upper) ? null : notAllowed(upper, PAGE_METHODS);
}

function notAllowed(method: string, allow: readonly string[]): Refusal {
  const shown = method.length > 20 || !/^[A-Z-]+$/.test(method) ? "This method" : method;
  return { status: 405, error: "method_not_allowed", message: `${shown} is not supported here; use ${allow.join(", ")}.`, allow: allow.join(", ") };
}
