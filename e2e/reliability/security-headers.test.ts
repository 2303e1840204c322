import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { failBuildUpdates } from "./support/db";

// Every page and API answer carries the security headers, page scripts run only by nonce or
// hash (cached pages: hashes only), and edit tokens never reach the server's output, not even on its error path.

describe("security headers and secrets in logs", () => {
  let server: AppServer;
  let build: { id: string; editToken: string };
  let partPath: string;
  let exampleId: string;

  beforeAll(async () => {
    server = await startAppServer({ port: 3212, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    build = await (await fetch(`${server.baseUrl}/api/builds`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Headers", items: [] }) })).json();
    const part = (await (await fetch(`${server.baseUrl}/api/parts?category=gpu&pageSize=1`)).json()).items[0];
    partPath = `/parts/gpu/${encodeURIComponent(part.id)}`;
    exampleId = /href="\/b\/([A-Za-z0-9_-]{22})"/.exec(await (await fetch(`${server.baseUrl}/`)).text())![1]!;
  });

  afterAll(async () => {
    await server?.stop();
  });

  function expectCommonHeaders(response: Response, what: string) {
    expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
    expect(response.headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options"), what).toBe("DENY");
    expect(response.headers.get("content-security-policy"), what).toContain("frame-ancestors 'none'");
  }

  it("every page: strict CSP, by a fresh nonce per response, or on cached pages by the hashes of exactly their scripts", async () => {
    const pages = ["/", "/parts", "/parts/gpu", partPath, "/builds/new", `/b/${exampleId}`, `/b/${build.id}/edit`, "/import", "/no-such-page"];
    // Served from the page cache (lib/services/cached-pages.ts): one copy for every visitor.
    const cachedPages = new Set(["/", `/b/${exampleId}`]);
    const nonces = new Set<string>();
    for (const path of pages) {
      const response = await fetch(server.baseUrl + path);
      expect(response.status, path).toBe(path === "/no-such-page" ? 404 : 200);
      expectCommonHeaders(response, path);
      const policy = response.headers.get("content-security-policy")!;
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data: blob:", "connect-src 'self'"]) {
        expect(policy, path).toContain(directive);
      }
      const scriptSrc = /script-src ([^;]+)/.exec(policy)![1]!;
      expect(scriptSrc, path).toContain("'strict-dynamic'");
      expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, path).toBeGreaterThan(0);
      const hashOf = (body: string) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
      if (cachedPages.has(path)) {
        expect(response.headers.get("x-dlbox-cache"), path).toMatch(/^(hit|miss)$/);
        expect(scriptSrc, path).not.toContain("nonce");
        // No external script tag (its loader is one of the hashed scripts), and the policy lists
        // exactly the page's scripts: nothing more that an injection could reuse.
        expect(scripts.every(([, attributes]) => !/\bsrc=|nonce=/.test(attributes!)), path).toBe(true);
        const listed = scriptSrc.split(" ").filter((s) => s.startsWith("'sha256-"));
        expect(new Set(listed), path).toEqual(new Set(scripts.map(([, , body]) => hashOf(body!))));
        const again = await fetch(server.baseUrl + path);
        expect(again.headers.get("x-dlbox-cache"), path).toBe("hit");
        expect(again.headers.get("content-security-policy"), path).toBe(policy);
        expect(await again.text(), path).toBe(html);
        continue;
      }
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      nonces.add(nonce);
      for (const [, attributes, body] of scripts) {
        const allowed = attributes!.includes(`nonce="${nonce}"`) || (body !== "" && scriptSrc.includes(hashOf(body!)));
        expect(allowed, `${path}: <script${attributes}> ${body!.slice(0, 80)}`).toBe(true);
      }
    }
    expect(nonces.size).toBe(pages.length - cachedPages.size);
  });

  it("API answers, successes and errors alike, carry the headers and a deny-all policy", async () => {
    const requests: [string, RequestInit?][] = [
      ["/api/health"],
      ["/api/parts?category=gpu"],
      [`/api/builds/${build.id}`],
      [`/api/builds/${build.id}/share-panels`],
      ["/api/builds/AAAAAAAAAAAAAAAAAAAAAA"],
      ["/api/builds/AAAAAAAAAAAAAAAAAAAAAA/share-panels"],
      ["/api/parts?category=nope"],
      [`/api/builds/${build.id}`, { method: "DELETE" }],
      ["/api/compat", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }],
      [`/api/builds/${build.id}/provision.sh`],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(server.baseUrl + path, init);
      expectCommonHeaders(response, path);
      expect(response.headers.get("content-security-policy"), path).toContain("default-src 'none'");
    }
  });

  it("edit tokens never appear in the server's output: create, edit, refused edits, conflicts, errors, delete", async () => {
    const tokens: string[] = [];
    const json = { "content-type": "application/json" };
    const call = (path: string, init: RequestInit) => fetch(server.baseUrl + path, init).then(async (r) => ({ status: r.status, body: await r.text() }));
    for (let i = 0; i < 5; i++) {
      const created = JSON.parse((await call("/api/builds", { method: "POST", headers: json, body: JSON.stringify({ name: `Logged ${i}`, items: [] }) })).body);
      tokens.push(created.editToken);
      const auth = { ...json, authorization: `Bearer ${created.editToken}` };
      expect((await call(`/api/builds/${created.id}`, { method: "PUT", headers: auth, body: JSON.stringify({ name: "Edited", version: 1, items: [] }) })).status).toBe(200);
      expect((await call(`/api/builds/${created.id}`, { method: "PUT", headers: auth, body: JSON.stringify({ name: "Stale", version: 1, items: [] }) })).status).toBe(409);
      expect((await call(`/api/builds/${created.id}`, { method: "PUT", headers: auth, body: JSON.stringify({ name: 5, version: 2, items: [] }) })).status).toBe(400);
      expect((await call(`/api/builds/${build.id}`, { method: "PUT", headers: auth, body: JSON.stringify({ name: "Hijack", version: 1, items: [] }) })).status).toBe(403);
      expect((await call(`/api/builds/${build.id}/benchmarks`, { method: "POST", headers: auth, body: "{}" })).status).toBe(403);
      expect((await call(`/api/builds/${created.id}/benchmarks`, { method: "POST", headers: auth, body: "not json" })).status).toBe(400);
      expect((await call(`/b/${created.id}/edit`, { headers: { authorization: `Bearer ${created.editToken}` } })).status).toBe(200);
      if (i < 4) expect((await call(`/api/builds/${created.id}`, { method: "DELETE", headers: auth })).status).toBe(204);
    }

    // The error path: a save with a valid token that fails inside the database is logged as an
    // unexpected error.
    const lockedBuild = await (await fetch(`${server.baseUrl}/api/builds`, { method: "POST", headers: json, body: JSON.stringify({ name: "Locked out", items: [] }) })).json();
    tokens.push(lockedBuild.editToken);
    const undo = await failBuildUpdates(server.databaseUrl);
    let failed: { status: number; body: string };
    try {
      failed = await call(`/api/builds/${lockedBuild.id}`, {
        method: "PUT",
        headers: { ...json, authorization: `Bearer ${lockedBuild.editToken}` },
        body: JSON.stringify({ name: "Blocked", version: 1, items: [] }),
      });
    } finally {
      await undo();
    }
    expect(failed.status).toBe(500);
    expect(failed.body).toBe('{"error":"internal","message":"Something went wrong on our side"}');

    const logs = server.logs();
    expect(logs.length).toBeGreaterThan(0);
    // The error was logged (so the search below covers the error path) ...
    expect(logs).toMatch(/forced failure|DriverAdapterError/);
    // ... and no token, nor any long prefix of one, is in the output.
    for (const token of tokens) {
      expect(logs).not.toContain(token);
      expect(logs).not.toContain(token.slice(0, 16));
    }
  }, 60_000);
});
