import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_RUNS_PER_BUILD } from "../benchmark/stored-run";
import { createBuild } from "../db/builds";
import { upsertParts } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { TEST_PARTS, testContent } from "../db/test-fixtures";
import { AppError } from "../errors";
import { checklistMarkdownFor } from "./benchmark-checklist";
import { deleteRunWithToken, listRunsFor, uploadRun } from "./benchmark-runs";

const goodText = readFileSync(new URL("../benchmark/fixtures/result-1080ti-box.json", import.meta.url), "utf8");
const good = JSON.parse(goodText) as Record<string, unknown>;
const body = (text: string) => () => Promise.resolve(text);

let t: TestDb;
let id: string;
let token: string;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
  const created = await createBuild(t.db, testContent({ items: [{ partId: "test-gpu", custom: null, quantity: 1, priceCents: null, discountCents: 0 }] }));
  id = created.build.id;
  token = created.editToken;
});
afterEach(() => t.cleanup());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("benchmark run service", () => {
  it("judges an upload against the build's checklist, with the planned driver branch", async () => {
    const run = await uploadRun(t.db, id, token, body(goodText));
    expect(run).toMatchObject({ mode: "full", buildVersion: 1, machine: { gpus: ["NVIDIA GeForce GTX 1080 Ti"] } });
    // A Pascal card plans driver 580, so the branch is a judged row rather than a manual check.
    expect(run.comparison.find((r) => r.itemId === "os.driver-branch")).toMatchObject({ expected: { value: 580 }, measured: 580, verdict: "pass" });
    expect(run.counts.pass + run.counts.below + run.counts.notMeasured).toBe(run.comparison.length);
    expect(await listRunsFor(t.db, id)).toEqual([run]);
    expect((await checklistMarkdownFor(t.db, id)).body).toContain("Branch 580");
  });

  it.each([
    ["not JSON", "{ nope", "invalid", "not_json"],
    ["another schema", JSON.stringify({ ...good, schema: "other" }), "unprocessable", "wrong_schema"],
    ["version 2", JSON.stringify({ ...good, schemaVersion: 2 }), "unprocessable", "unsupported_version"],
    ["an absurd value", goodText.replace('"value": 9.874', '"value": 999999'), "unprocessable", "absurd_value"],
    ["over 1 MB", JSON.stringify({ ...good, pad: "x".repeat(1_000_001) }), "too_large", "too_large"],
  ])("refuses %s and stores nothing", async (_name, text, status, code) => {
    const error = await failure(uploadRun(t.db, id, token, body(text)));
    expect(error.code).toBe(status);
    expect(error.details?.code).toBe(code);
    expect(await listRunsFor(t.db, id)).toEqual([]);
  });

  it("checks the token before reading the body", async () => {
    let read = false;
    const spy = () => { read = true; return Promise.resolve(goodText); };
    expect((await failure(uploadRun(t.db, id, null, spy))).code).toBe("unauthorized");
    expect((await failure(uploadRun(t.db, id, "wrong", spy))).code).toBe("forbidden");
    expect((await failure(uploadRun(t.db, "AAAAAAAAAAAAAAAAAAAAAA", token, spy))).code).toBe("not_found");
    expect(read).toBe(false);
  });

  it(`keeps at most ${MAX_RUNS_PER_BUILD} runs per build`, async () => {
    const result = JSON.parse(goodText);
    await t.db.benchmarkRun.createMany({
      data: Array.from({ length: MAX_RUNS_PER_BUILD }, (_, i) => ({ id: `run-${i}`, buildId: id, buildVersion: 1, schemaVersion: 1, mode: "full", result: JSON.stringify(result) })),
    });
    expect((await failure(uploadRun(t.db, id, token, body(goodText)))).code).toBe("conflict");
  });

  it("deletes with the token only, and 404s an unknown run", async () => {
    const run = await uploadRun(t.db, id, token, body(goodText));
    expect((await failure(deleteRunWithToken(t.db, id, "wrong", run.id))).code).toBe("forbidden");
    await deleteRunWithToken(t.db, id, token, run.id);
    expect((await failure(deleteRunWithToken(t.db, id, token, run.id))).code).toBe("not_found");
    expect(await listRunsFor(t.db, id)).toEqual([]);
  });
});
