import fs from "node:fs";
import http from "node:http";
import { expect } from "vitest";
import { API_ROUTES } from "../../../lib/http/api-routes";
import type { AppServer } from "./app-server";
import { catalogPartIds } from "./build-api";
import { execSql, queryRows } from "./db";
import { decodePng } from "./png";

// Issue 13's findings, each as the request an attacker sent, against a production server. Each
// answered 500, aborted the process or stalled it before the fix; hostile-input.test.ts runs
// them after its fuzz corpus and ends with a canary (same process, still healthy).

type Json = Record<string, unknown>;
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

async function call(server: AppServer, path: string, init?: RequestInit) {
  const response = await fetch(server.baseUrl + path, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: (text.startsWith("{") ? JSON.parse(text) : null) as Json | null };
}

/** node:http, for methods fetch refuses to send (TRACE). */
function rawRequest(server: AppServer, method: string, path: string): Promise<{ status: number; allow: string | undefined; body: Json }> {
  return new Promise((resolve, reject) => {
    const req = http.request(server.baseUrl + path, { method }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body: JSON.parse(text) as Json }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function created(server: AppServer, draft: Json) {
  const r = await call(server, "/api/builds", json(draft));
  expect(r.status, r.text).toBe(201);
  return r.body as { id: string; editToken: string };
}

const psu = { custom: { name: "Any PSU", category: "psu", specs: { wattage: 850, connectors: { pcie8: 4 } } }, quantity: 1 };
const gpuWith = (specs: Json) => ({ custom: { name: "Crafted GPU", category: "gpu", specs }, quantity: 1 });

/** A build saved before the bounds existed: stored through the API, then its specs set directly. */
async function storedPoison(server: AppServer, specs: Json) {
  const build = await created(server, { name: "Poison", items: [gpuWith({ vramGb: 24 }), psu] });
  const text = JSON.stringify(specs).replace(/'/g, "''");
  await execSql(server.databaseUrl, `UPDATE "BuildItem" SET "customSpecs" = '${text}' WHERE "buildId" = '${build.id}' AND "customCategory" = 'gpu'`);
  return build;
}

export interface Finding {
  name: string;
  run: (server: AppServer) => Promise<void>;
}

export const FINDINGS: Finding[] = [
  {
    name: "1. a billion 16-pin connectors: refused on input, harmless when already stored",
    run: async (server) => {
      const poison = { name: "x", items: [gpuWith({ boardPowerW: 450, powerConnectors: { pin16: 1_000_000_000 } }), psu] };
      for (const path of ["/api/compat", "/api/builds"]) {
        const r = await call(server, path, json(poison));
        expect(r.status, path).toBe(400);
        expect(JSON.stringify(r.body?.fieldErrors)).toContain("powerConnectors.pin16");
      }
      const build = await storedPoison(server, { boardPowerW: 450, powerConnectors: { pin16: 1_000_000_000 } });
      for (const path of [`/api/builds/${build.id}`, `/b/${build.id}`]) {
        const { value: r, ms } = await timed(() => call(server, path));
        expect(r.status, path).toBe(200);
        expect(ms, path).toBeLessThan(5000);
      }
      const page = await call(server, `/b/${build.id}`);
      expect(page.text).toContain("outside the plausible range");
      const draft = { name: "Poison", items: [gpuWith({ vramGb: 24 }), psu], version: 1 };
      const put = await call(server, `/api/builds/${build.id}`, { ...json(draft, { authorization: `Bearer ${build.editToken}` }), method: "PUT" });
      expect(put.status, put.text).toBe(200);
    },
  },
  {
    name: "2. a billion GPU dies: refused on input; a stored one renders the checklist, script and share page at once",
    run: async (server) => {
      const r = await call(server, "/api/compat", json({ items: [gpuWith({ gpuDies: 1_000_000_000 })] }));
      expect(r.status).toBe(400);
      const build = await storedPoison(server, { vramGb: 24, gpuDies: 1_000_000_000 });
      for (const path of [`/api/builds/${build.id}/checklist.md`, `/api/builds/${build.id}/benchmark.sh`, `/b/${build.id}`, `/api/builds/${build.id}/benchmarks`]) {
        const { value, ms } = await timed(() => call(server, path));
        expect(value.status, path).toBe(200);
        expect(ms, path).toBeLessThan(5000);
      }
    },
  },
  {
    name: "3. a 1 MiB PCPartPicker paste built from the quadratic patterns answers in seconds, health stays fast",
    run: async (server) => {
      // One row whose item cell is 1 MiB of emphasis openers without a closer (each opener used to
      // rescan the rest of the cell: about an hour), after rows with 20,000-digit names.
      const row = `| CPU | ${"1".repeat(20_000)}tx | $1 |\n`;
      const head = `| Type | Item | Price |\n| :-- | :-- | :-- |\n${row.repeat(3)}| GPU | `;
      const text = head + "*a\t".repeat(Math.floor((1024 * 1024 - 200 - head.length) / 3)) + " | $1 |\n";
      const importing = timed(() => call(server, "/api/import/pcpartpicker", json({ text })));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const health = await timed(() => call(server, "/api/health"));
      const { value, ms } = await importing;
      expect(value.status, value.text.slice(0, 200)).toBe(200);
      expect(ms).toBeLessThan(10_000);
      expect(health.value.status).toBe(200);
      expect(health.ms).toBeLessThan(3000);
      expect((value.body?.warnings as string[]).some((w) => w.includes("longer than 2000 characters, cut"))).toBe(true);
    },
  },
  {
    name: "4. compatible-parts search with a 64-line build over 8,000 GPUs is bounded, and the health check stays fast",
    run: async (server) => {
      const ids = await catalogPartIds(server.baseUrl);
      const rows = Array.from({ length: 8000 }, (_, i) => {
        const specs = JSON.stringify({ vramGb: 8 + (i % 40), lengthMm: 150 + (i % 300), boardPowerW: 75 + (i % 500), powerConnectors: { pin8: i % 3 } });
        return `('flood-gpu-${i}', 'gpu', 'Flood', 'Card ${i}', 'flood card ${i}', NULL, 'USD', 2024, 'imported', NULL, NULL, '${specs}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`;
      });
      for (let at = 0; at < rows.length; at += 500) {
        await execSql(server.databaseUrl, `INSERT INTO "Part" ("id", "category", "brand", "model", "searchText", "priceCents", "currency", "releaseYear", "source", "externalId", "sourceUrl", "specs", "createdAt", "updatedAt") VALUES ${rows.slice(at, at + 500).join(", ")}`);
      }
      // The catalog cache re-checks its fingerprint every 2 s; one plain search loads the new parts
      // (a catalog reload is not what this measures).
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const listed = await call(server, "/api/parts?category=gpu&pageSize=1");
      expect(listed.body?.total).toBeGreaterThan(8000);
      const items = Array.from({ length: 64 }, (_, i) => ({ partId: ids[i % ids.length]!, quantity: 1 + (i % 3) }));
      const query = { category: "gpu", sort: "price-asc", pageSize: 100, compatibleWith: { items } };
      const searches = Array.from({ length: 4 }, () => timed(() => call(server, "/api/parts/search", json(query))));
      const health = await timed(() => call(server, "/api/health"));
      for (const s of await Promise.all(searches)) {
        expect(s.value.status, s.value.text.slice(0, 200)).toBe(200);
        expect(s.ms).toBeLessThan(3000);
      }
      expect(health.ms).toBeLessThan(2000);
    },
  },
  {
    name: "5. malformed percent-encoding on every route answers 400 JSON; unknown methods 405 JSON",
    run: async (server) => {
      // Every API route with a broken escape where its parameters go (or at its end), and pages.
      const paths = API_ROUTES.map((r) => (r.pattern.includes("[") ? r.pattern.replace(/\[[a-zA-Z]+\]/g, "%E0%A4%A") : `${r.pattern}%ZZ`));
      paths.push("/b/%E0%A4%A", "/parts/%FF", "/%");
      for (const path of paths) {
        for (const method of ["GET", "POST", "PUT", "DELETE"]) {
          const r = await call(server, path, { method });
          expect(r.status, `${method} ${path}`).toBe(400);
          expect(r.body?.error, `${method} ${path}`).toBe("invalid");
        }
      }
      for (const [method, path] of [["TRACE", "/api/health"], ["PATCH", "/api/compat"], ["DELETE", "/"], ["PROPFIND", "/api/builds"]] as const) {
        const r = await rawRequest(server, method, path);
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.body.error).toBe("method_not_allowed");
        expect(r.allow).toBeTruthy();
      }
      expect(server.logs()).not.toMatch(/URIError/);
    },
  },
  {
    name: "6. every answer that carries an edit token says Cache-Control: no-store",
    run: async (server) => {
      const draft = { name: "Token", items: [psu] };
      const create = await call(server, "/api/builds", json(draft));
      const fork = await call(server, `/api/builds/${(create.body as { id: string }).id}/fork`, { method: "POST" });
      const exportJson = (await call(server, `/api/builds/${(create.body as { id: string }).id}/export?format=json`)).text;
      const imported = await call(server, "/api/import/json", json({ text: exportJson, save: true }));
      for (const r of [create, fork, imported]) {
        expect(r.status).toBe(201);
        expect(r.text).toContain("editToken");
        expect(r.headers.get("cache-control")).toBe("no-store");
      }
    },
  },
  {
    name: "7-8. control and bidi characters: refused on create; an older build's files carry none and its JSON re-imports",
    run: async (server) => {
      for (const name of ["\u001b]0;owned\u0007Box", "Box\u202egnp.exe", "Box\u0085", "Box\u200b", "Bo\u2028x"]) {
        const r = await call(server, "/api/builds", json({ name, items: [] }));
        expect(r.status, JSON.stringify(name)).toBe(400);
        expect(JSON.stringify(r.body)).toMatch(/invisible or control character/);
      }
      const build = await created(server, { name: "Clean", items: [psu] });
      const nasty = "Box \u001b[2J\u001b]8;;http://evil\u0007\u202e\u2066x\u2069\u200b\ufeff\u2028\u2029\u0085\u009b";
      await execSql(server.databaseUrl, `UPDATE "Build" SET "name" = '${nasty}', "notes" = '${nasty}' WHERE "id" = '${build.id}'`);
      const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
      const files = [`/api/builds/${build.id}/benchmark.sh`, `/api/builds/${build.id}/checklist.md`, ...["markdown", "text", "csv", "json"].map((f) => `/api/builds/${build.id}/export?format=${f}`)];
      for (const path of files) {
        const r = await call(server, path);
        expect(r.status, path).toBe(200);
        expect(unsafe.test(r.text.replace(/\r?\n|\t/g, "")), path).toBe(false);
      }
      const reimport = await call(server, "/api/import/json", json({ text: (await call(server, files[5]!)).text }));
      expect(reimport.status, reimport.text).toBe(200);
    },
  },
  {
    name: "9. state-changing requests from another site are refused",
    run: async (server) => {
      const build = await created(server, { name: "Target", items: [psu] });
      const before = await queryRows(server.databaseUrl, `SELECT COUNT(*) AS n FROM "Build"`);
      const forged = await call(server, `/api/builds/${build.id}/fork`, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
      expect(forged.status).toBe(403);
      for (const [path, init] of [["/api/builds", json({ items: [] }, { origin: "https://evil.example" })], [`/api/builds/${build.id}`, { method: "DELETE", headers: { origin: "null", authorization: `Bearer ${build.editToken}` } }]] as const) {
        expect((await call(server, path, init)).status, path).toBe(403);
      }
      expect(await queryRows(server.databaseUrl, `SELECT COUNT(*) AS n FROM "Build"`)).toEqual(before);
      const own = new URL(server.baseUrl).origin;
      expect((await call(server, `/api/builds/${build.id}/fork`, { method: "POST", headers: { origin: own } })).status).toBe(201);
    },
  },
  {
    name: "10. forwarded host ignored without a trusted proxy; lower-case bearer; finishedAt order; nesting; fork links; long names in the preview",
    run: async (server) => {
      const build = await created(server, { name: "W".repeat(60), items: [psu] });
      const page = await call(server, `/b/${build.id}`, { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
      expect(page.text).not.toContain("evil.example");
      const md = await call(server, `/api/builds/${build.id}/export?format=markdown`, { headers: { "x-forwarded-host": "evil.example" } });
      expect(md.text).not.toContain("evil.example");

      const put = await call(server, `/api/builds/${build.id}`, { ...json({ name: "Renamed", items: [psu], version: 1 }, { authorization: `bearer ${build.editToken}` }), method: "PUT" });
      expect(put.status, put.text).toBe(200);

      const result = JSON.parse(fs.readFileSync("lib/benchmark/fixtures/result-1080ti-box.json", "utf8")) as Json;
      const upload = (body: string) => call(server, `/api/builds/${build.id}/benchmarks`, { method: "POST", headers: { authorization: `Bearer ${build.editToken}`, "content-type": "application/json" }, body });
      const backwards = await upload(JSON.stringify({ ...result, startedAt: "2026-01-02T00:00:00Z", finishedAt: "2026-01-01T00:00:00Z" }));
      expect(backwards.status).toBe(422);
      expect(backwards.text).toContain("finishedAt is before startedAt");
      const deep = await upload(`${"[".repeat(200_000)}${"]".repeat(200_000)}`);
      expect(deep.status).toBe(422);
      expect(deep.text).toContain("nested deeper than 64 levels");

      const source = await created(server, { name: "Source", items: [psu] });
      const fork = (await call(server, `/api/builds/${source.id}/fork`, { method: "POST" })).body as { id: string };
      expect((await call(server, `/api/builds/${source.id}`, { method: "DELETE", headers: { authorization: `Bearer ${source.editToken}` } })).status).toBe(204);
      expect((await call(server, `/api/builds/${fork.id}`)).body?.forkedFromId).toBeNull();

      const long = await created(server, { name: "W".repeat(60), items: [psu] });
      const png = decodePng(Buffer.from(await (await fetch(`${server.baseUrl}/api/builds/${long.id}/preview.png`)).arrayBuffer()));
      // The right margin (past 1,140 px) of the 1,200 px card stays background: nothing runs off.
      for (let y = 0; y < png.height; y += 2) {
        for (let x = 1140; x < png.width; x += 2) expect(Math.max(...png.pixel(x, y).slice(0, 3)), `pixel ${x},${y}`).toBeLessThan(60);
      }
    },
  },
];
