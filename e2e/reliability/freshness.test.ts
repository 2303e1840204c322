import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { execSql } from "./support/db";

// Two app servers on one database (PostgreSQL under DLBOX_TEST_DB=postgres, else one SQLite file),
// each with its own in-memory page cache: a change made through either, or straight in the
// database, shows on both from the very next request. Nothing here waits for anything to expire.

const GPU_ID = "gpu-nvidia-geforce-gtx-1080-ti-fe";
// "version {n}" renders as "version <!-- -->n" (React separates adjacent text with a comment).
const showsVersion = (html: string, n: number) => new RegExp(`version (?:<!-- -->)?${n}<`).test(html);
const RESULT = readFileSync(new URL("../../lib/benchmark/fixtures/result-1080ti-box.json", import.meta.url), "utf8");

describe("cached pages stay fresh across app servers", () => {
  let a: AppServer;
  let b: AppServer;
  let build: { id: string; editToken: string };

  beforeAll(async () => {
    a = await startAppServer({ port: 3233, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    b = await startAppServer({ port: 3234, databaseUrl: a.databaseUrl, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    const created = await fetch(`${a.baseUrl}/api/builds`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Fresh v1", items: [{ partId: GPU_ID, quantity: 1 }] }),
    });
    expect(created.status).toBe(201);
    build = await created.json();
  });

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  const page = async (server: AppServer, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(server.baseUrl + path, { headers: { "accept-encoding": "br, gzip", ...headers } });
    return { status: response.status, cache: response.headers.get("x-dlbox-cache"), etag: response.headers.get("etag"), text: await response.text() };
  };
  const json = async (server: AppServer, path: string) => (await fetch(server.baseUrl + path)).json();
  const put = (name: string, version: number) =>
    fetch(`${a.baseUrl}/api/builds/${build.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${build.editToken}` },
      body: JSON.stringify({ name, version, items: [{ partId: GPU_ID, quantity: 1 }] }),
    });

  it("after a PUT on one server, the next GET of the share page on either server shows the new version", async () => {
    const share = `/b/${build.id}`;
    for (const server of [a, b]) {
      expect((await page(server, share)).text).toContain("Fresh v1");
      const warm = await page(server, share);
      expect(warm.cache).toBe("hit"); // both servers now hold version 1
      expect(showsVersion(warm.text, 1)).toBe(true);
      expect((await json(server, `/api/builds/${build.id}`)).name).toBe("Fresh v1");
    }
    const before = await page(b, share);

    expect((await put("Fresh v2", 1)).status).toBe(200);
    for (const server of [b, a]) {
      const next = await page(server, share);
      expect(next.status).toBe(200);
      expect(next.text).toContain("Fresh v2");
      expect(showsVersion(next.text, 2)).toBe(true);
      expect(next.text).not.toContain("Fresh v1");
      const body = await json(server, `/api/builds/${build.id}`);
      expect({ name: body.name, version: body.version }).toEqual({ name: "Fresh v2", version: 2 });
      expect((await json(server, `/api/builds/${build.id}/share-panels`)).version).toBe(2);
    }
    // A browser revalidating the old copy gets the new page, not a 304.
    const revalidated = await page(b, share, { "if-none-match": before.etag! });
    expect(revalidated.status).toBe(200);
    expect(revalidated.text).toContain("Fresh v2");
    const unchanged = await page(b, share, { "if-none-match": revalidated.etag! });
    expect(unchanged.status).toBe(304);
  });

  it("a burst of visitors right after an edit gets the new version from one render per server", async () => {
    expect((await put("Fresh v3", 2)).status).toBe(200);
    const burst = await Promise.all(Array.from({ length: 24 }, (_, i) => page(i % 2 ? a : b, `/b/${build.id}`)));
    expect(burst.every((r) => r.status === 200 && r.text.includes("Fresh v3"))).toBe(true);
    // Each server made the page once (the request that started the render reports "miss").
    expect(burst.filter((r) => r.cache === "miss")).toHaveLength(2);
    // One copy per server (the two differ only in the origin their share metadata names: other ports).
    for (const parity of [0, 1]) expect(new Set(burst.filter((_, i) => i % 2 === parity).map((r) => r.etag)).size).toBe(1);
  });

  it("a benchmark upload through one server shows in the other's share-page panels at once", async () => {
    const before = (await json(a, `/api/builds/${build.id}/share-panels`)).verify.runs;
    expect(before).toHaveLength(0);
    const upload = await fetch(`${b.baseUrl}/api/builds/${build.id}/benchmarks`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${build.editToken}` },
      body: RESULT,
    });
    expect(upload.status).toBe(201);
    const run = await upload.json();
    expect((await json(a, `/api/builds/${build.id}/share-panels`)).verify.runs.map((r: { id: string }) => r.id)).toEqual([run.id]);
    expect((await page(a, `/b/${build.id}`)).cache).toBe("miss"); // the page's key moved too

    const removed = await fetch(`${a.baseUrl}/api/builds/${build.id}/benchmarks/${run.id}`, { method: "DELETE", headers: { authorization: `Bearer ${build.editToken}` } });
    expect(removed.status).toBe(204);
    expect((await json(b, `/api/builds/${build.id}/share-panels`)).verify.runs).toEqual([]);
  });

  it("a catalog change written straight to the database shows on both servers' pages and JSON", async () => {
    for (const server of [a, b]) {
      expect((await page(server, `/b/${build.id}`)).text).toContain("GTX 1080 Ti");
      await page(server, "/");
    }
    await execSql(a.databaseUrl, `UPDATE "Part" SET "model" = 'GeForce GTX 1080 Ti Renamed Edition' WHERE "id" = '${GPU_ID}'`);
    for (const server of [a, b]) {
      expect((await page(server, `/b/${build.id}`)).text).toContain("GTX 1080 Ti Renamed Edition");
      const item = (await json(server, `/api/builds/${build.id}`)).items[0];
      expect(item.part.model).toBe("GeForce GTX 1080 Ti Renamed Edition");
      // The example build on the home page uses the same GPU.
      expect((await page(server, "/")).text).toContain("GTX 1080 Ti Renamed Edition");
    }
  });
});
