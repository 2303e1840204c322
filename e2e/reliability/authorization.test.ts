import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { queryRows, rowCounts } from "./support/db";
import { mapPool } from "./support/pool";

// Edits and deletes by anyone but the owner: no token, malformed tokens, wrong tokens, another
// build's token. All refused (401 without a usable token, 403 with the wrong one), nothing changed.

interface Created { id: string; editToken: string }
type Attempt = { target: number; method: "PUT" | "DELETE"; auth: string | null; expected: 401 | 403; label: string };

const BUILDS = 200;
const TARGETS = 12;
const ATTEMPTS = 1200;

describe("authorization of edits and deletes", () => {
  let server: AppServer;
  let builds: Created[];

  beforeAll(async () => {
    server = await startAppServer({ port: 3211, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    builds = await mapPool(Array.from({ length: BUILDS }, (_, i) => i), 8, async (i) => {
      const response = await fetch(`${server.baseUrl}/api/builds`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `Build ${i}`, notes: `owner ${i}`, items: [{ custom: { name: "Case", category: "case" }, quantity: 1, priceCents: 5000 + i }] }),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as Created;
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("public build ids carry 128 random bits: all distinct, every bit position varies", () => {
    const decoded = builds.map((b) => Buffer.from(b.id, "base64url"));
    expect(new Set(builds.map((b) => b.id)).size).toBe(BUILDS);
    for (const bytes of decoded) expect(bytes.length * 8).toBeGreaterThanOrEqual(96);
    let varying = 0;
    for (let bit = 0; bit < 128; bit++) {
      const values = new Set(decoded.map((bytes) => (bytes[bit >> 3]! >> (bit & 7)) & 1));
      if (values.size === 2) varying++;
    }
    // Constant bits (a timestamp, a counter's high bits) would show up here; random ones never do in 200 ids.
    expect(varying).toBe(128);
  });

  it(`refuses ${ATTEMPTS} edits and deletes without the owner's token and leaves every build as it was`, async () => {
    const targets = builds.slice(0, TARGETS);
    const read = async (id: string) => (await fetch(`${server.baseUrl}/api/builds/${id}`)).text();
    const before = await Promise.all(targets.map((t) => read(t.id)));
    const countsBefore = await rowCounts(server.databaseUrl);
    const [hashRow] = await queryRows<{ editTokenHash: string }>(server.databaseUrl, `SELECT "editTokenHash" FROM "Build" WHERE id = '${targets[0]!.id}'`);

    const variants: ((t: Created, i: number) => Omit<Attempt, "target" | "method">)[] = [
      () => ({ auth: null, expected: 401, label: "no header" }),
      () => ({ auth: "", expected: 401, label: "empty header" }),
      () => ({ auth: "Bearer", expected: 401, label: "Bearer without token" }),
      (t) => ({ auth: `Basic ${Buffer.from(`user:${t.editToken}`).toString("base64")}`, expected: 401, label: "Basic scheme" }),
      (t) => ({ auth: `bearer${t.editToken}`, expected: 401, label: "no space" }),
      (t) => ({ auth: `Bearer ${t.editToken}.x`, expected: 401, label: "characters outside the token alphabet" }),
      (t) => ({ auth: `Bearer ${t.editToken} ${t.editToken}`, expected: 401, label: "two tokens" }),
      () => ({ auth: `Bearer ${"A".repeat(201)}`, expected: 401, label: "over-long token" }),
      () => ({ auth: `Bearer ${randomBytes(32).toString("base64url")}`, expected: 403, label: "random token" }),
      (_t, i) => ({ auth: `Bearer ${builds[TARGETS + (i % (BUILDS - TARGETS))]!.editToken}`, expected: 403, label: "another build's token" }),
      (t) => ({ auth: `Bearer ${flipLast(t.editToken)}`, expected: 403, label: "owner's token, last character changed" }),
      (t) => ({ auth: `Bearer ${t.editToken.slice(0, -1)}`, expected: 403, label: "owner's token, truncated" }),
      (t) => ({ auth: `Bearer ${t.editToken}A`, expected: 403, label: "owner's token, extended" }),
      (t) => ({ auth: `Bearer ${swapCase(t.editToken)}`, expected: 403, label: "owner's token, case swapped" }),
      () => ({ auth: `Bearer ${hashRow!.editTokenHash}`, expected: 403, label: "the stored hash as token" }),
    ];
    const attempts: Attempt[] = Array.from({ length: ATTEMPTS }, (_, i) => {
      const target = i % TARGETS;
      const variant = variants[Math.floor(i / TARGETS) % variants.length]!(targets[target]!, i);
      return { target, method: i % 2 === 0 ? "PUT" : "DELETE", ...variant };
    });

    const results = await mapPool(attempts, 8, async (a) => {
      const t = targets[a.target]!;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (a.auth !== null) headers.authorization = a.auth;
      const body = a.method === "PUT" ? JSON.stringify({ name: "Hijacked", version: 1, items: [] }) : undefined;
      const response = await fetch(`${server.baseUrl}/api/builds/${t.id}`, { method: a.method, headers, body });
      return { a, status: response.status, error: ((await response.json()) as { error?: string }).error };
    });
    const wrong = results.filter((r) => r.status !== r.a.expected).map((r) => `${r.a.method} ${r.a.label}: ${r.status}`);
    expect(wrong).toEqual([]);
    expect(new Set(results.map((r) => r.error))).toEqual(new Set(["unauthorized", "forbidden"]));

    expect(await Promise.all(targets.map((t) => read(t.id)))).toEqual(before);
    for (const text of before) expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(await rowCounts(server.databaseUrl)).toEqual(countsBefore);

    // The owner still can: the refusals above were about the token, not a broken route.
    const owner = targets[0]!;
    const edit = await fetch(`${server.baseUrl}/api/builds/${owner.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${owner.editToken}` },
      body: JSON.stringify({ name: "Renamed by owner", version: 1, items: [] }),
    });
    expect(edit.status).toBe(200);
  });

  it("stores only SHA-256 hashes of edit tokens: no raw token anywhere in the database", async () => {
    const rows = await queryRows<{ id: string; editTokenHash: string }>(server.databaseUrl, `SELECT id, "editTokenHash" FROM "Build"`);
    const byId = new Map(rows.map((r) => [r.id, r.editTokenHash]));
    for (const b of builds) {
      expect(byId.get(b.id)).toBe(createHash("sha256").update(b.editToken, "utf8").digest("hex"));
    }
    // Every row of every table that holds build data, as text: none contains any token.
    const tables = ["Build", "BuildItem", "BenchmarkRun", "AppSetting", "_prisma_migrations"];
    const rowsText = (await Promise.all(tables.map((t) => queryRows(server.databaseUrl, `SELECT * FROM "${t}"`)))).map((r) => JSON.stringify(r)).join("");
    expect(builds.filter((b) => rowsText.includes(b.editToken)).map((b) => b.id)).toEqual([]);
    // The search itself works: the build ids are stored in the clear.
    expect(builds.every((b) => rowsText.includes(b.id))).toBe(true);
    if (!server.databaseUrl.startsWith("file:")) return;
    // On SQLite also every byte of the files, WAL included (free pages keep deleted data).
    const file = server.databaseUrl.slice("file:".length);
    const stored = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f).toString("latin1")).join("");
    expect(builds.filter((b) => stored.includes(b.editToken)).map((b) => b.id)).toEqual([]);
    expect(builds.every((b) => stored.includes(b.id))).toBe(true);
  });
});

function flipLast(token: string): string {
  const last = token.at(-1)!;
  return token.slice(0, -1) + (last === "A" ? "B" : "A");
}

function swapCase(token: string): string {
  const swapped = [...token].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");
  return swapped === token ? `${token.slice(0, -1)}x` : swapped;
}
