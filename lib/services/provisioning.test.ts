import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertParts } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { TEST_PARTS } from "../db/test-fixtures";
import { AppError } from "../errors";
import { provisionOptionsSchema } from "../provisioning";
import { createFromDraft } from "./builds";
import { provisionPlanFor, provisionScriptFor } from "./provisioning";

let t: TestDb;
let id: string;
beforeAll(async () => {
  t = await createTestDb();
  await upsertParts(t.db, TEST_PARTS);
  ({ id } = await createFromDraft(t.db, { name: "Ölf's $(box)\n", items: [{ partId: "test-gpu", quantity: 2 }] }));
});
afterAll(() => t.cleanup());

const defaults = provisionOptionsSchema.parse({});
const meta = { origin: "https://planner.test", generatedAt: new Date("2026-11-27T10:00:00Z") };

describe("provisioning service", () => {
  it("plans the stored build with the given options", async () => {
    const plan = await provisionPlanFor(t.db, id, provisionOptionsSchema.parse({ os: "22.04" }));
    expect(plan.os.version).toBe("22.04");
    expect(plan.verify.gpuDevices).toBe(2);
    expect(plan.driver?.branch).toBe(580);
  });

  it("renders the script with a safe file name and the absolute share URL", async () => {
    const { fileName, script } = await provisionScriptFor(t.db, id, defaults, meta);
    expect(fileName).toBe("olf-s-box-setup.sh");
    expect(script).toContain(`# Build: https://planner.test/b/${id}\n`);
    expect(script).toContain("2026-11-27T10:00:00.000Z");
  });

  it.each(["AAAAAAAAAAAAAAAAAAAAAA", "../etc/passwd", ""])("answers not_found for %j", async (bad) => {
    const plan = provisionPlanFor(t.db, bad, defaults);
    await expect(plan).rejects.toBeInstanceOf(AppError);
    await expect(plan).rejects.toMatchObject({ code: "not_found" });
    await expect(provisionScriptFor(t.db, bad, defaults, meta)).rejects.toMatchObject({ code: "not_found" });
  });
});
