import fs from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURRENCIES, MAX_CENTS, MAX_INT32 } from "@/lib/builds/draft";
import { DEFAULT_BODY_LIMIT_BYTES } from "@/lib/http/read-json";
import { CATEGORIES } from "@/lib/parts/categories";
import { startAppServer, type AppServer } from "./support/app-server";
import { FINDINGS } from "./support/findings";
import { rowCounts } from "./support/db";
import { mapPool } from "./support/pool";

// Every endpoint that reads a body, fed only bodies that are invalid by construction: each case
// starts from a body the endpoint accepts (checked first) and breaks it in one way. Every answer
// must be a 4xx from the app's error mapping, and nothing may be written.

const CASES_PER_ENDPOINT = 1500;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now());
const RAW = "\u0001raw\u0001"; // placeholder for number literals JSON.stringify cannot write

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
interface NumberField { path: Path; min: number; max: number; integer: boolean; decimals?: number }
interface StringField { path: Path; max: number }
interface EnumField { path: Path; allowed: readonly string[] }
interface Endpoint {
  name: string;
  method: "POST" | "PUT";
  path: string;
  token?: string;
  base: Json;
  /** Body size limit in bytes, answered with 413 above it. */
  limit: number;
  /** false for the benchmark upload, which takes any Content-Type (curl --data-binary). */
  requiresJsonType: boolean;
  /** Schema known field by field: type, range, length and unknown-key mutations apply. */
  typed: boolean;
  numbers: NumberField[];
  strings: StringField[];
  enums: EnumField[];
}
interface Case { endpoint: Endpoint; kind: string; body: string | Uint8Array; contentType: string | null }

// Free-form maps (custom part specs, picker filters) accept any key and value.
const FREE_FORM = new Set(["specs", "filters"]);

function nodes(value: Json, path: Path = [], out: { path: Path; value: Json; freeForm: boolean }[] = [], freeForm = false) {
  out.push({ path, value, freeForm });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out, freeForm));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out, freeForm || FREE_FORM.has(k));
  }
  return out;
}

function withValue(base: Json, path: Path, value: unknown): Json {
  const copy = structuredClone(base);
  if (path.length === 0) return value as Json;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withKey(base: Json, path: Path, key: string, value: Json): Json {
  const copy = structuredClone(base);
  let node = copy as Record<string | number, unknown>;
  for (const k of path) node = node[k] as Record<string | number, unknown>;
  // defineProperty: `node.__proto__ = v` would set the prototype instead of a key.
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function serialize(value: Json, raw?: string): string {
  const text = JSON.stringify(value);
  return raw === undefined ? text : text.replace(JSON.stringify(RAW), raw);
}

const jsonCase = (endpoint: Endpoint, kind: string, body: string): Case => ({ endpoint, kind, body, contentType: "application/json" });
const smallJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
const typeOf = (v: Json) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function otherType(original: Json): fc.Arbitrary<Json> {
  const all: Record<string, fc.Arbitrary<Json>> = {
    string: fc.string({ maxLength: 20 }),
    number: fc.double({ noNaN: true, noDefaultInfinity: true }),
    boolean: fc.boolean(),
    // null is a valid price ("unknown"), so numbers are never replaced by null, nor a null price by
    // a number (fc.double draws 0 and other whole cents often: a valid price, not a wrong type).
    null: fc.constant(null),
    array: fc.array(smallJson, { maxLength: 3 }),
    object: fc.dictionary(fc.string({ maxLength: 8 }), smallJson, { maxKeys: 3 }),
  };
  const own = typeOf(original);
  const nullableNumber = (a: string, b: string) => (a === "number" && b === "null") || (a === "null" && b === "number");
  return fc.oneof(...Object.entries(all).filter(([t]) => t !== own && !nullableNumber(own, t)).map(([, a]) => a));
}

function badNumber(field: NumberField): fc.Arbitrary<{ value?: Json; raw?: string }> {
  const options: fc.Arbitrary<{ value?: Json; raw?: string }>[] = [
    fc.double({ min: -Number.MAX_VALUE, max: field.min, noNaN: true }).filter((v) => v < field.min).map((value) => ({ value })),
    fc.double({ min: field.max, max: Number.MAX_VALUE, noNaN: true }).filter((v) => v > field.max).map((value) => ({ value })),
    fc.integer({ min: MAX_INT32 + 1, max: Number.MAX_SAFE_INTEGER }).filter((v) => v > field.max).map((value) => ({ value })),
    fc.constantFrom("1e999", "-1e999", "123456789012345678901234567890", "-99999999999999999999", "1e308").map((raw) => ({ raw })),
    fc.constantFrom("NaN", "Infinity", "-Infinity", "1", "0x10", "", "1e3").map((value) => ({ value })),
  ];
  if (field.integer) {
    options.push(fc.double({ min: field.min, max: field.max, noNaN: true }).filter((v) => !Number.isInteger(v)).map((value) => ({ value })));
  } else if (field.decimals !== undefined) {
    const scale = 10 ** field.decimals;
    options.push(fc.double({ min: field.min, max: field.max, noNaN: true }).filter((v) => Math.abs(v * scale - Math.round(v * scale)) >= 1e-6).map((value) => ({ value })));
  }
  return fc.oneof(...options);
}

/** Every way to break `endpoint`'s valid base body, each one invalid whatever the values drawn. */
function hostileCases(endpoint: Endpoint): fc.Arbitrary<Case> {
  const all = nodes(endpoint.base);
  const strings = all.filter((n) => typeof n.value === "string");
  const objects = all.filter((n) => n.value !== null && typeof n.value === "object" && !Array.isArray(n.value));
  const typedNodes = all.filter((n) => n.path.length > 0 && !n.freeForm && !FREE_FORM.has(String(n.path.at(-1))));
  const arbs: fc.Arbitrary<Case>[] = [];

  arbs.push(
    fc.string({ unit: "binary", maxLength: 200 }).filter((s) => !parses(s)).map((s) => jsonCase(endpoint, "not JSON", s)),
    fc.uint8Array({ maxLength: 200 }).filter((b) => !parses(b)).map((b) => ({ endpoint, kind: "not UTF-8 JSON", body: b, contentType: "application/json" })),
    fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(smallJson))
      .map((v) => jsonCase(endpoint, "not an object", JSON.stringify(v))),
    fc.tuple(fc.constantFrom(...strings), fc.nat())
      .map(([n, at]) => jsonCase(endpoint, "NUL in text", serialize(withValue(endpoint.base, n.path, insertAt(n.value as string, at, "\u0000"))))),
    fc.tuple(fc.constantFrom(...strings), fc.nat(), fc.integer({ min: 0xd800, max: 0xdfff }))
      .map(([n, at, unit]) => jsonCase(endpoint, "lone surrogate", serialize(withValue(endpoint.base, n.path, insertAt(n.value as string, at, String.fromCharCode(unit)))))),
    fc.tuple(fc.constantFrom(...objects), fc.constantFrom("__proto__", "constructor", "prototype"), smallJson)
      .map(([n, key, v]) => jsonCase(endpoint, `${key} key`, serialize(withKey(endpoint.base, n.path, key, { polluted: "yes", v })))),
    fc.tuple(fc.constantFrom(...objects), fc.string({ maxLength: 10 }), smallJson)
      .map(([n, key, v]) => jsonCase(endpoint, "NUL in a key", serialize(withKey(endpoint.base, n.path, `${key}\u0000`, v)))),
    fc.tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom("[", '{"a":'))
      .map(([depth, open]) => jsonCase(endpoint, "deep nesting", open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth))),
  );

  if (endpoint.requiresJsonType) {
    arbs.push(
      fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json", "application/jsonp", "application/xml", null)
        .map((contentType) => ({ endpoint, kind: "wrong content type", body: new TextEncoder().encode(JSON.stringify(endpoint.base)), contentType })),
    );
  }

  if (endpoint.typed) {
    arbs.push(
      fc.constantFrom(...typedNodes).chain((n) => otherType(n.value).map((v) => jsonCase(endpoint, `wrong type at ${n.path.join(".")}`, serialize(withValue(endpoint.base, n.path, v))))),
      fc.tuple(fc.constantFrom(...objects.filter((n) => !n.freeForm && !FREE_FORM.has(String(n.path.at(-1))))), fc.string({ minLength: 1, maxLength: 12 }), smallJson)
        .map(([n, key, v]) => jsonCase(endpoint, "unknown key", serialize(withKey(endpoint.base, n.path, `x_${key}`, v)))),
      fc.tuple(fc.constantFrom(...typedNodes), fc.integer({ min: 1_000, max: 30_000 }))
        .map(([n, depth]) => jsonCase(endpoint, "deep value", serialize(withValue(endpoint.base, n.path, RAW), "[".repeat(depth) + "]".repeat(depth)))),
    );
    for (const field of endpoint.numbers) {
      arbs.push(badNumber(field).map(({ value, raw }) => jsonCase(endpoint, `bad number at ${field.path.join(".")}`, serialize(withValue(endpoint.base, field.path, raw ?? value), raw))));
    }
    for (const field of endpoint.strings) {
      arbs.push(
        fc.tuple(fc.integer({ min: field.max + 1, max: field.max + 20_000 }), fc.constantFrom("x", "é", "🚀", "\u4e2d"))
          .map(([length, char]) => jsonCase(endpoint, `long text at ${field.path.join(".")}`, serialize(withValue(endpoint.base, field.path, char.repeat(length))))),
      );
    }
    for (const field of endpoint.enums) {
      arbs.push(
        fc.string({ maxLength: 30 }).filter((s) => !field.allowed.includes(s.trim()) && !field.allowed.includes(s))
          .map((s) => jsonCase(endpoint, `bad choice at ${field.path.join(".")}`, serialize(withValue(endpoint.base, field.path, s)))),
      );
    }
  }
  return fc.oneof(...arbs);
}

function parses(body: string | Uint8Array): boolean {
  try {
    JSON.parse(typeof body === "string" ? body : new TextDecoder("utf-8", { fatal: true }).decode(body));
    return true;
  } catch {
    return false;
  }
}

function insertAt(text: string, at: number, insert: string): string {
  // Never split a surrogate pair: that alone would make a second, different fault.
  let index = text.length === 0 ? 0 : at % (text.length + 1);
  if (index > 0 && index < text.length && /[\ud800-\udbff]/.test(text[index - 1]!)) index -= 1;
  return text.slice(0, index) + insert + text.slice(index);
}

async function send(server: AppServer, c: Case): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = {};
  if (c.contentType) headers["content-type"] = c.contentType;
  if (c.endpoint.token) headers.authorization = `Bearer ${c.endpoint.token}`;
  try {
    const response = await fetch(server.baseUrl + c.endpoint.path, { method: c.endpoint.method, headers, body: c.body as BodyInit });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: `${error} ${(error as Error).cause ?? ""}` };
  }
}

describe("hostile input on every JSON endpoint", () => {
  let server: AppServer;
  let endpoints: Endpoint[];
  let target: { id: string; before: string };
  let startPid: number | undefined;

  beforeAll(async () => {
    server = await startAppServer({ port: 3210, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
    startPid = server.pid();
    const post = async (path: string, body: unknown, token?: string, method = "POST") => {
      const response = await fetch(server.baseUrl + path, {
        method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
      return response.json();
    };
    const gpu = (await (await fetch(`${server.baseUrl}/api/parts?category=gpu&pageSize=1`)).json()).items[0].id as string;
    const draft: Json = {
      name: "Fuzz target",
      currency: "USD",
      shippingCents: 1500,
      taxRate: 8.25,
      notes: "Bought in 2017 🚀",
      items: [
        { partId: gpu, quantity: 2, priceCents: 69999, discountCents: 1000 },
        { custom: { name: "Thermal paste", category: "other", specs: {} }, quantity: 1, priceCents: null },
      ],
    };
    const created = await post("/api/builds", draft);
    const exportJson = await (await fetch(`${server.baseUrl}/api/builds/${created.id}/export?format=json`)).text();
    const pcpp = fs.readFileSync("e2e/fixtures/pcpartpicker-dual-1080ti.md", "utf8");
    const benchmark = JSON.parse(fs.readFileSync("lib/benchmark/fixtures/result-1080ti-box.json", "utf8")) as Json;
    const draftFields = (prefix: Path) => ({
      numbers: [
        { path: [...prefix, "shippingCents"], min: 0, max: MAX_CENTS, integer: true },
        { path: [...prefix, "taxRate"], min: 0, max: 100, integer: false, decimals: 3 },
        { path: [...prefix, "items", 0, "quantity"], min: 1, max: 99, integer: true },
        { path: [...prefix, "items", 0, "priceCents"], min: 0, max: MAX_CENTS, integer: true },
        { path: [...prefix, "items", 0, "discountCents"], min: 0, max: MAX_CENTS, integer: true },
        { path: [...prefix, "items", 1, "quantity"], min: 1, max: 99, integer: true },
      ],
      strings: [{ path: [...prefix, "name"], max: 120 }, { path: [...prefix, "notes"], max: 5000 }, { path: [...prefix, "items", 1, "custom", "name"], max: 200 }],
      enums: [{ path: [...prefix, "currency"], allowed: CURRENCIES }, { path: [...prefix, "items", 1, "custom", "category"], allowed: CATEGORIES }],
    });
    const json = { limit: DEFAULT_BODY_LIMIT_BYTES, requiresJsonType: true, typed: true };
    const draftCase = draftFields([]);
    endpoints = [
      { name: "create", method: "POST", path: "/api/builds", base: draft, ...json, ...draftCase },
      {
        name: "update", method: "PUT", path: `/api/builds/${created.id}`, token: created.editToken, base: { ...draft, version: 2 }, ...json, ...draftCase,
        numbers: [...draftCase.numbers, { path: ["version"], min: 1, max: MAX_INT32, integer: true }],
      },
      { name: "compat", method: "POST", path: "/api/compat", base: draft, ...json, ...draftCase },
      {
        name: "picker", method: "POST", path: "/api/parts/search", base: { category: "gpu", q: "1080", sort: "name", page: 1, pageSize: 20, filters: { vendor: "nvidia" } }, ...json,
        numbers: [{ path: ["page"], min: 1, max: 100_000, integer: true }, { path: ["pageSize"], min: 1, max: 100, integer: true }],
        strings: [{ path: ["q"], max: 100 }],
        enums: [{ path: ["category"], allowed: CATEGORIES }],
      },
      { name: "import json", method: "POST", path: "/api/import/json", base: { text: exportJson, save: true, name: "Imported" }, ...json, limit: 4 * 1024 * 1024, numbers: [], strings: [{ path: ["name"], max: 120 }], enums: [] },
      {
        name: "import pcpartpicker", method: "POST", path: "/api/import/pcpartpicker", base: { text: pcpp, save: true, name: "Imported", currency: "USD" }, ...json, limit: 4 * 1024 * 1024,
        numbers: [], strings: [{ path: ["name"], max: 120 }], enums: [{ path: ["currency"], allowed: CURRENCIES }],
      },
      {
        name: "benchmark upload", method: "POST", path: `/api/builds/${created.id}/benchmarks`, token: created.editToken, base: benchmark,
        limit: 1_000_000, requiresJsonType: false, typed: false, numbers: [], strings: [], enums: [],
      },
    ];
    // Each base body is accepted as it is, so a refusal below is down to the one fault added.
    // (The update goes from version 1 to 2; the broken bodies then name version 2, the current one.)
    for (const e of endpoints) await post(e.path, e.name === "update" ? { ...(e.base as object), version: 1 } : e.base, e.token, e.method);
    target = { id: created.id, before: await (await fetch(`${server.baseUrl}/api/builds/${created.id}`)).text() };
    expect(JSON.parse(target.before).version).toBe(2);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it(`answers ${CASES_PER_ENDPOINT} broken bodies per endpoint with a 4xx and writes nothing (seed ${SEED})`, async () => {
    const before = await rowCounts(server.databaseUrl);
    const cases = endpoints.flatMap((e, i) => fc.sample(hostileCases(e), { numRuns: CASES_PER_ENDPOINT, seed: SEED + i }));
    // Drawing the cases blocks the event loop for seconds; let the client notice keep-alive
    // connections the server closed meanwhile, so none is reused after its close.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const results = await mapPool(cases, CONCURRENCY, async (c) => ({ c, ...(await send(server, c)) }));
    const seconds = (performance.now() - started) / 1000;
    console.log(`hostile input: ${cases.length} cases in ${seconds.toFixed(1)} s (seed ${SEED})`);

    const wrong = results.filter((r) => r.status < 400 || r.status >= 500 || !/"error":"[a-z_]+"/.test(r.body));
    const show = wrong.slice(0, 5).map((r) => `${r.c.endpoint.name} / ${r.c.kind} -> ${r.status} ${r.body.slice(0, 200)} body=${String(r.c.body).slice(0, 200)}`);
    expect(show, `seed ${SEED}`).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(10_000);
    // Every fault family was drawn for every endpoint it applies to.
    const kinds = new Set(results.map((r) => `${r.c.endpoint.name}: ${r.c.kind.replace(/ at .*/, "")}`));
    for (const e of endpoints) for (const k of ["not JSON", "NUL in text", "lone surrogate", "deep nesting"]) expect(kinds).toContain(`${e.name}: ${k}`);

    expect(await rowCounts(server.databaseUrl)).toEqual(before);
    expect(await (await fetch(`${server.baseUrl}/api/builds/${target.id}`)).text()).toBe(target.before);
    expect(server.logs()).not.toMatch(/Something went wrong|TypeError|RangeError/);
  });

  it("answers 413 to bodies over each endpoint's limit, declared or streamed, and writes nothing", async () => {
    const before = await rowCounts(server.databaseUrl);
    for (const e of endpoints) {
      const oversized = JSON.stringify({ name: "x".repeat(e.limit), items: [] });
      const headers = { "content-type": "application/json", ...(e.token ? { authorization: `Bearer ${e.token}` } : {}) };
      const declared = await fetch(server.baseUrl + e.path, { method: e.method, headers, body: oversized });
      expect(declared.status, `${e.name} declared`).toBe(413);
      expect((await declared.json()).error).toBe("too_large");

      const bytes = new TextEncoder().encode(oversized);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.slice(at, at + 64 * 1024));
          controller.close();
        },
      });
      const streamed = await fetch(server.baseUrl + e.path, { method: e.method, headers, body: stream, duplex: "half" } as RequestInit).catch((error: Error) => error);
      // Refusing mid-stream may close the connection before the client finished sending; a
      // reset is as good as a 413 here, as long as nothing was stored.
      if (!(streamed instanceof Error)) expect(streamed.status, `${e.name} streamed`).toBe(413);
    }
    expect(await rowCounts(server.databaseUrl)).toEqual(before);
  });

  // Issue 13's findings, each once more after the fuzz corpus, on the same server process.
  it.each(FINDINGS)("$name", async ({ run }) => {
    await run(server);
  });

  it("canary: after the whole corpus the same server process answers its health check", async () => {
    expect(startPid).toBeDefined();
    expect(() => process.kill(startPid!, 0)).not.toThrow();
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(server.pid()).toBe(startPid);
    expect(server.logs()).not.toMatch(/Fatal JavaScript|heap out of memory|Maximum call stack|URIError/);
  });
});
