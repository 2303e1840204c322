import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleSharePath, SEARCHES } from "../../bench/support/catalog-search";
import { load, round } from "../../bench/support/stats";
import { startAppServer, type AppServer } from "./support/app-server";

// Sustained read load on the two busiest public routes at once: the server-rendered share page
// and the catalog API. Half of the 32 connections hammer each for the whole minute, so each
// route is measured while the other competes for the same cores, as in real traffic.

const CONNECTIONS = 32;
const SECONDS = 60;

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer({ port: 3232, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
});

afterAll(async () => {
  await server?.stop();
});

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("read load", () => {
  it(`share page and parts API at ${CONNECTIONS} connections for ${SECONDS} s: every response 200 with a real body`, async () => {
    const sharePath = await exampleSharePath(server.baseUrl);
    const example = (await (await fetch(`${server.baseUrl}/api${sharePath.replace("/b/", "/builds/")}`)).json()) as { name: string };
    const shareName = escapeHtml(example.name);

    // The catalog does not change during the run, so each query's answer must stay byte-identical.
    const expected = new Map<string, string>();
    for (const query of SEARCHES) {
      const response = await fetch(`${server.baseUrl}/api/parts?${query}`);
      const text = await response.text();
      expect(response.status, query).toBe(200);
      expect((JSON.parse(text) as { total: number }).total, query).toBeGreaterThan(0);
      expected.set(query, text);
    }

    const failures: string[] = [];
    const fail = (message: string) => {
      if (failures.length < 20) failures.push(message);
      return false;
    };
    const sharePage = async () => {
      const response = await fetch(`${server.baseUrl}${sharePath}`);
      const html = await response.text();
      if (response.status !== 200) return fail(`share ${response.status}`);
      if (!html.includes(shareName) || !html.trimEnd().endsWith("</html>")) return fail(`share page body incomplete (${html.length} bytes)`);
      return true;
    };
    let nextQuery = 0;
    const partsApi = async () => {
      const query = SEARCHES[nextQuery++ % SEARCHES.length]!;
      const response = await fetch(`${server.baseUrl}/api/parts?${query}`);
      const text = await response.text();
      if (response.status !== 200) return fail(`parts ${query}: ${response.status}`);
      if (text !== expected.get(query)) return fail(`parts ${query}: body differs from the first answer`);
      return true;
    };

    const [share, parts] = await Promise.all([load(CONNECTIONS / 2, SECONDS * 1000, sharePage), load(CONNECTIONS / 2, SECONDS * 1000, partsApi)]);
    const figures = (run: typeof share) => ({ requests: run.requests, rps: round(run.rps), p50Ms: round(run.p50Ms), p95Ms: round(run.p95Ms), errors: run.errors });
    console.log(JSON.stringify({ test: "read-load", connections: CONNECTIONS, seconds: SECONDS, sharePage: figures(share), partsApi: figures(parts) }));

    expect(failures).toEqual([]);
    expect(share.errors + parts.errors).toBe(0);
    // Both routes were actually exercised throughout, not starved by the other.
    expect(share.requests).toBeGreaterThan(SECONDS);
    expect(parts.requests).toBeGreaterThan(SECONDS);
  });
});
