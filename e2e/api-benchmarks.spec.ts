import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createExampleCopy, exampleBuildId, fixtureText } from "./benchmark-helpers";

// Checklist and script downloads, and the benchmark results API, against a running server.
const runsOf = async (request: APIRequestContext, id: string) => {
  const response = await request.get(`/api/builds/${id}/benchmarks`);
  expect(response.status()).toBe(200);
  return (await response.json()).runs as { id: string; counts: Record<string, number>; comparison: { itemId: string; verdict: string }[] }[];
};

test("checklist.md downloads as Markdown named after the build, with the example's 64 GB and driver 580", async ({ request }) => {
  const id = await exampleBuildId(request);
  const response = await request.get(`/api/builds/${id}/checklist.md`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="weekend-deep-learning-box-2017-checklist.md"');
  expect(response.headers()["cache-control"]).toBe("no-store");
  const text = await response.text();
  expect(text).toMatch(/^# Verification checklist: Weekend deep-learning box \(2017\)/);
  expect(text).toContain("64 GB in 4 modules");
  expect(text).toContain("Branch 580 (the provisioning plan's)");
  expect(text).toContain("- [ ] **GPU 0 FP32 matrix multiply**");
});

test("benchmark.sh downloads as a shell script that bash -n accepts", async ({ request }) => {
  const id = await exampleBuildId(request);
  const response = await request.get(`/api/builds/${id}/benchmark.sh`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/x-shellscript; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="weekend-deep-learning-box-2017-benchmark.sh"');
  const script = await response.text();
  expect(script.split("\n")[0]).toBe("#!/usr/bin/env bash");
  expect(script).toContain("compute.fp32-matmul.gpu0");
  const dir = mkdtempSync(join(tmpdir(), "dlbox-e2e-bench-"));
  try {
    const file = join(dir, "benchmark.sh");
    writeFileSync(file, script);
    const syntax = spawnSync("bash", ["-n", file], { encoding: "utf8" });
    expect(syntax.status, syntax.stderr).toBe(0);
    expect(syntax.stderr).toBe("");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("unknown or malformed builds 404 on every benchmark endpoint", async ({ request }) => {
  for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "not-an-id"]) {
    for (const endpoint of ["checklist.md", "benchmark.sh", "benchmarks"]) {
      expect((await request.get(`/api/builds/${id}/${endpoint}`)).status(), `${id} ${endpoint}`).toBe(404);
    }
    const upload = await request.post(`/api/builds/${id}/benchmarks`, { headers: { authorization: "Bearer x" }, data: fixtureText() });
    expect(upload.status()).toBe(404);
  }
});

test("the owner uploads a result: 201 with the comparison, then listed for everyone, then deleted", async ({ request }) => {
  const { id, editToken } = await createExampleCopy(request);
  expect(await runsOf(request, id)).toEqual([]);
  const response = await request.post(`/api/builds/${id}/benchmarks`, {
    headers: { authorization: `Bearer ${editToken}`, "content-type": "application/json" },
    data: fixtureText(),
  });
  expect(response.status()).toBe(201);
  const run = await response.json();
  expect(run).toMatchObject({ id: expect.any(String), createdAt: expect.any(String), mode: "full", buildVersion: 1 });
  expect(run.comparison.find((r: { itemId: string }) => r.itemId === "compute.fp32-matmul.gpu0")).toMatchObject({ measured: 9.874, verdict: "pass" });
  expect(run.comparison.find((r: { itemId: string }) => r.itemId === "os.driver-branch")).toMatchObject({ measured: 580, verdict: "pass" });
  expect(run.counts.pass + run.counts.below + run.counts.notMeasured).toBe(run.comparison.length);

  const listed = await runsOf(request, id);
  expect(listed).toEqual([run]);

  expect((await request.delete(`/api/builds/${id}/benchmarks/${run.id}`)).status()).toBe(401);
  expect((await request.delete(`/api/builds/${id}/benchmarks/${run.id}`, { headers: { authorization: "Bearer wrong-token" } })).status()).toBe(403);
  expect(await runsOf(request, id)).toHaveLength(1);
  expect((await request.delete(`/api/builds/${id}/benchmarks/${run.id}`, { headers: { authorization: `Bearer ${editToken}` } })).status()).toBe(204);
  expect((await request.delete(`/api/builds/${id}/benchmarks/${run.id}`, { headers: { authorization: `Bearer ${editToken}` } })).status()).toBe(404);
  expect(await runsOf(request, id)).toEqual([]);
});

test("bad uploads are refused with a clear 4xx and nothing is stored", async ({ request }) => {
  const { id, editToken } = await createExampleCopy(request);
  const other = await createExampleCopy(request, "Someone else's box");
  const good = JSON.parse(fixtureText());
  const owner = { authorization: `Bearer ${editToken}`, "content-type": "application/json" };
  const cases: { name: string; headers: Record<string, string>; body: string; status: number; error: string; code?: string }[] = [
    { name: "not JSON", headers: owner, body: "GPU 0: 9.87 TFLOPS", status: 400, error: "invalid", code: "not_json" },
    { name: "another document", headers: owner, body: JSON.stringify({ ...good, schema: "geekbench" }), status: 422, error: "unprocessable", code: "wrong_schema" },
    { name: "schema version 2", headers: owner, body: JSON.stringify({ ...good, schemaVersion: 2 }), status: 422, error: "unprocessable", code: "unsupported_version" },
    {
      name: "absurd value",
      headers: owner,
      body: JSON.stringify({ ...good, measurements: good.measurements.map((m: { id: string }) => (m.id === "compute.fp32-matmul.gpu0" ? { ...m, value: 5e6 } : m)) }),
      status: 422, error: "unprocessable", code: "absurd_value",
    },
    { name: "over 1 MB", headers: owner, body: JSON.stringify({ ...good, padding: "x".repeat(1_100_000) }), status: 413, error: "too_large" },
    { name: "no token", headers: { "content-type": "application/json" }, body: fixtureText(), status: 401, error: "unauthorized" },
    { name: "wrong token", headers: { ...owner, authorization: "Bearer wrong-token" }, body: fixtureText(), status: 403, error: "forbidden" },
    { name: "another build's token", headers: { ...owner, authorization: `Bearer ${other.editToken}` }, body: fixtureText(), status: 403, error: "forbidden" },
  ];
  for (const c of cases) {
    // A Buffer goes out byte for byte; Playwright would JSON-encode a non-JSON string sent as JSON.
    const response = await request.post(`/api/builds/${id}/benchmarks`, { headers: c.headers, data: Buffer.from(c.body) });
    expect(response.status(), c.name).toBe(c.status);
    const body = await response.json();
    expect(body.error, c.name).toBe(c.error);
    expect(body.message, c.name).toEqual(expect.any(String));
    if (c.code) expect(body.code, c.name).toBe(c.code);
  }
  expect(await runsOf(request, id)).toEqual([]);
  expect(await runsOf(request, other.id)).toEqual([]);
});
