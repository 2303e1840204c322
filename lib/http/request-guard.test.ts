import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "./api-routes";
import { guardRequest } from "./request-guard";

function routeFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) routeFiles(full, out);
    else if (entry.name === "route.ts") out.push(full);
  }
  return out;
}

describe("API_ROUTES", () => {
  it("lists every route file under app/api with exactly the methods it exports", () => {
    const fromFiles = routeFiles(path.join("app", "api")).map((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = [...source.matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]!);
      const pattern = `/${path.dirname(file).split(path.sep).join("/")}`.replace(/^\/app/, "");
      return { pattern, methods: methods.sort() };
    });
    const table = API_ROUTES.map((r) => ({ pattern: r.pattern, methods: [...r.methods].sort() }));
    const byPattern = (a: { pattern: string }, b: { pattern: string }) => a.pattern.localeCompare(b.pattern);
    expect(table.sort(byPattern)).toEqual(fromFiles.sort(byPattern));
  });
});

describe("guardRequest", () => {
  it("routes what the app serves", () => {
    expect(guardRequest("GET", "/api/builds/abc")).toBeNull();
    expect(guardRequest("head", "/api/parts")).toBeNull();
    expect(guardRequest("OPTIONS", "/api/compat")).toBeNull();
    expect(guardRequest("GET", "/b/abc")).toBeNull();
    expect(guardRequest("GET", "/parts/gpu/gpu-nvidia%20x")).toBeNull();
    // A literal segment wins over a parameter in the same place.
    expect(guardRequest("POST", "/api/parts/search")).toBeNull();
    expect(guardRequest("GET", "/api/parts/gpu-1")).toBeNull();
    expect(guardRequest("GET", "/api/builds/summaries")).toBeNull();
    expect(guardRequest("PUT", "/api/builds/summaries")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
    expect(guardRequest("GET", "/api/builds/abc/token-check")).toBeNull();
    expect(guardRequest("POST", "/api/builds/abc/token-check")).toMatchObject({ status: 405 });
  });

  it("answers malformed percent-encoding with 400 (issue 13: 500 and a URIError stack)", () => {
    for (const p of ["/api/builds/%ZZ", "/b/%E0%A4%A", "/api/parts/%FF", "/%"]) expect(guardRequest("GET", p)?.status, p).toBe(400);
  });

  it("answers unknown API paths with 404 and other methods with 405 naming the allowed ones", () => {
    expect(guardRequest("GET", "/api/nope")).toMatchObject({ status: 404, error: "not_found" });
    expect(guardRequest("GET", "/api/builds/a/b/c/d")).toMatchObject({ status: 404 });
    expect(guardRequest("TRACE", "/api/health")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
    expect(guardRequest("PATCH", "/api/compat")).toMatchObject({ status: 405, allow: "POST, OPTIONS" });
    expect(guardRequest("DELETE", "/")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
    expect(guardRequest("X".repeat(5000), "/")?.message).toBe("This method is not supported here; use GET, HEAD, OPTIONS.");
  });
});
