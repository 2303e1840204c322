import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";

// The write limit as a client meets it: a burst past the allowance gets 429 + Retry-After,
// forging X-Forwarded-For does not help, reads and live analysis carry on, and behind a trusted
// proxy each forwarded client has a bucket of its own. (A normal pace never being limited is
// proved with an injected clock in lib/http/rate-limit.test.ts.)

const json = { "content-type": "application/json" };
const draft = JSON.stringify({ name: "Burst", items: [] });
const MISSING = "AAAAAAAAAAAAAAAAAAAAAA"; // deleting it is a cheap write: 404 while allowed

describe("write rate limit, default settings", () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer({ port: 3213 });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("allows a burst of 60 writes, then answers 429 with a Retry-After that holds; reads carry on", async () => {
    const started = performance.now();
    const burst = await Promise.all(Array.from({ length: 100 }, () => fetch(`${server.baseUrl}/api/builds/${MISSING}`, { method: "DELETE" }).then((r) => r.status)));
    const refilled = Math.ceil((performance.now() - started) / 1000); // one token a second at 60/min
    expect(burst.filter((s) => s !== 404 && s !== 429)).toEqual([]);
    const allowed = burst.filter((s) => s === 404).length;
    expect(allowed).toBeGreaterThanOrEqual(60);
    expect(allowed).toBeLessThanOrEqual(60 + refilled);

    // Creating is a write too. (A token may just have refilled; the next try is refused.)
    let refused = await fetch(`${server.baseUrl}/api/builds`, { method: "POST", headers: json, body: draft });
    if (refused.status === 201) refused = await fetch(`${server.baseUrl}/api/builds`, { method: "POST", headers: json, body: draft });
    expect(refused.status).toBe(429);
    const retryAfter = refused.headers.get("retry-after");
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: Number(retryAfter) });

    // Reads and the builder's live analysis are not writes.
    expect((await fetch(`${server.baseUrl}/api/parts?category=gpu`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/builds/new`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/compat`, { method: "POST", headers: json, body: draft })).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/parts/search`, { method: "POST", headers: json, body: '{"category":"gpu"}' })).status).toBe(200);

    // Retry-After is honest: waiting that long earns a write.
    await new Promise((r) => setTimeout(r, Number(retryAfter) * 1000 + 100));
    expect((await fetch(`${server.baseUrl}/api/builds`, { method: "POST", headers: json, body: draft })).status).toBe(201);
  });
});

describe("write rate limit, no proxy, a client forging X-Forwarded-For", () => {
  let server: AppServer;

  beforeAll(async () => {
    // 2 a minute: nothing refills during the test, so every refusal below is deterministic.
    server = await startAppServer({ port: 3215, env: { WRITE_RATE_LIMIT_PER_MINUTE: "2" } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("is still the same TCP peer, on every kind of write, and is refused before its body is read", async () => {
    const del = (headers: Record<string, string>) => fetch(`${server.baseUrl}/api/builds/${MISSING}`, { method: "DELETE", headers }).then((r) => r.status);
    expect(await del({})).toBe(404);
    expect(await del({ "x-forwarded-for": "198.51.100.1" })).toBe(404);
    for (let i = 0; i < 20; i++) expect(await del({ "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}` })).toBe(429);
    const writes: [string, RequestInit][] = [
      ["/api/builds", { method: "POST", headers: json, body: draft }],
      [`/api/builds/${MISSING}`, { method: "PUT", headers: { ...json, authorization: "Bearer x" }, body: "{}" }],
      [`/api/builds/${MISSING}/fork`, { method: "POST" }],
      [`/api/builds/${MISSING}/benchmarks`, { method: "POST", body: "{}" }],
      [`/api/builds/${MISSING}/benchmarks/run`, { method: "DELETE" }],
      ["/api/import/json", { method: "POST", headers: json, body: "not even json" }],
      ["/api/import/pcpartpicker", { method: "POST", headers: json, body: "{}" }],
      // Issue 18: the read-only token check draws on the same allowance, so it is no faster way to guess.
      [`/api/builds/${MISSING}/token-check`, { headers: { authorization: "Bearer x" } }],
    ];
    for (const [path, init] of writes) {
      const response = await fetch(server.baseUrl + path, init);
      expect(response.status, path).toBe(429);
      expect(response.headers.get("retry-after"), path).toMatch(/^\d+$/);
    }
  });
});

describe("write rate limit behind one trusted proxy", () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer({ port: 3214, env: { WRITE_RATE_LIMIT_PER_MINUTE: "5", TRUST_PROXY_HOPS: "1" } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("limits each forwarded client separately, and a forged prefix cannot change who that is", async () => {
    // As a load balancer would send it: whatever the client claimed, then the client's address.
    const del = (forwardedFor: string) =>
      fetch(`${server.baseUrl}/api/builds/${MISSING}`, { method: "DELETE", headers: { "x-forwarded-for": forwardedFor } }).then((r) => r.status);
    for (let i = 0; i < 5; i++) expect(await del("203.0.113.10")).toBe(404);
    expect(await del("203.0.113.10")).toBe(429);
    expect(await del("1.1.1.1, 203.0.113.10")).toBe(429);
    expect(await del("203.0.113.11")).toBe(404);
    expect(await del("203.0.113.10, 203.0.113.12")).toBe(404);
  });
});
