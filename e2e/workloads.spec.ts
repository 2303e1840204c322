import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { keepScreenshot } from "./helpers";

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** A saved build with one RTX 4090, a Ryzen and 64 GB of DDR5. */
async function saved4090(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/builds", { data: { name: "4090 box", items: [
    { partId: "gpu-nvidia-geforce-rtx-4090-fe", quantity: 1 }, { partId: "cpu-amd-ryzen-9-7950x", quantity: 1 }, { partId: "memory-corsair-vengeance-64gb-2x32gb-ddr5-6000-cl30", quantity: 1 },
  ] } });
  expect(response.status()).toBe(201);
  return (await response.json()).url as string;
}

const row = (page: Page, modelId: string) => page.getByTestId("workloads-table").locator(`tr[data-model="${modelId}"]`);

test("planner: cheapest cards for Llama 3.3 70B, opened as a new build whose panel updates live", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await page.goto("/plan-for-model");
  await page.getByLabel("Model").selectOption("llama-3.3-70b");
  await page.getByLabel("Format").selectOption("Q4_K_M");
  await page.getByLabel("Context (tokens)").fill("8192");
  await page.getByLabel("At least (tokens/s)").fill("10");
  await page.getByLabel("Up to (GPUs)").selectOption("4");
  await page.getByRole("button", { name: "Find builds" }).click();
  await expect(page).toHaveURL(/modelId=llama-3.3-70b/);
  const candidates = page.getByTestId("plan-candidate");
  await expect(candidates.first()).toBeVisible();
  const costs = await candidates.locator("h3 + p span.text-lg").allTextContents();
  const cents = costs.map((c) => Number(c.replace(/[^0-9.]/g, "")));
  expect(cents).toEqual([...cents].sort((a, b) => a - b));
  await expect(candidates.first()).toContainText("PSU: at least");
  await expect(candidates.first()).toContainText("x16-length slot");
  expect(await seriousViolations(page), "planner").toEqual([]);
  await keepScreenshot(page, testInfo, "plan-for-model-desktop");

  const title = (await candidates.first().locator("h3").textContent())!;
  await candidates.first().getByTestId("open-build").click();
  await expect(page).toHaveURL(/\/builds\/new\?gpus=/);
  const gpuName = title.split(" × ")[1]!.split(" + ")[0]!;
  await expect(page.getByTestId("build-item").filter({ hasText: gpuName })).toBeVisible();
  // The panel estimates the draft: the 70B model fits on the planned cards.
  await expect(row(page, "llama-3.3-70b")).toHaveAttribute("data-placement", /gpu/);

  // Live: down to one card, and with no RAM in the build, 70B no longer runs.
  const item = page.getByTestId("build-item").filter({ hasText: gpuName });
  await item.getByLabel("Qty").fill("1");
  await item.getByLabel("Qty").blur();
  await expect(row(page, "llama-3.3-70b")).toHaveAttribute("data-placement", "none");

  // Model detail: memory by part for inference and each fine-tuning method.
  await page.getByTestId("model-picker").selectOption("llama-3.1-8b");
  const detail = page.getByTestId("model-detail");
  await expect(detail.getByTestId("inference-detail")).toContainText("Q4_K_M");
  await expect(detail.getByTestId("memory-bar")).toHaveCount(4);
  await expect(detail.locator('[data-task="qlora"]')).toContainText("QLoRA");
  await detail.getByTestId("detail-format").selectOption("Q8_0");
  await expect(detail.getByTestId("inference-detail")).toContainText("Q8_0");
  await keepScreenshot(page, testInfo, "builder-workloads-desktop");
  await page.getByTestId("workloads-panel").screenshot({ path: "e2e/artifacts/builder-workloads-panel-desktop.png" });
});

test("share page: the table comes with the deferred panels' one cached request, and the model detail works", async ({ page, request }, testInfo) => {
  await page.setViewportSize(DESKTOP);
  const url = await saved4090(request);
  // The page's HTML stays light (issue 19); the table's data comes from GET /api/builds/<id>/share-panels.
  expect(await (await request.get(url)).text()).not.toContain('data-model="gpt-oss-20b"');
  const panels = await (await request.get(`/api/builds/${url.split("/").pop()}/share-panels`)).json();
  expect(panels.workloads.results.map((r: { modelId: string }) => r.modelId)).toContain("gpt-oss-20b");
  await page.goto(url);
  await expect(row(page, "gpt-oss-20b")).toHaveAttribute("data-placement", "gpu");
  await expect(row(page, "gpt-oss-20b")).toContainText("MXFP4");
  await expect(row(page, "llama-3.3-70b")).toHaveAttribute("data-placement", "offload");
  await row(page, "qwen3-30b-a3b").getByRole("button").click();
  await expect(page.getByTestId("model-picker")).toHaveValue("qwen3-30b-a3b");
  await expect(page.getByTestId("format-table")).toBeVisible();
  await page.getByTestId("workloads-context").selectOption("131072");
  await expect(row(page, "gemma-3-27b")).toBeVisible();
  expect(await seriousViolations(page), "share page").toEqual([]);
  await keepScreenshot(page, testInfo, "share-workloads-desktop");
  await page.getByTestId("workloads-panel").screenshot({ path: "e2e/artifacts/share-workloads-panel-desktop.png" });
});

for (const theme of ["light", "dark"] as const) {
  test(`phone (${theme}): planner, builder panel and share panel fit 390 px`, async ({ page, request }, testInfo) => {
    await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
    await page.setViewportSize(PHONE);
    await page.goto("/plan-for-model?modelId=qwen3-32b&format=Q4_K_M&contextTokens=16384&minDecodeTokensPerSecond=15&task=qlora&maxGpus=2");
    await expect(page.getByTestId("plan-candidate").first()).toBeVisible();
    await noSidewaysScroll(page);
    await keepScreenshot(page, testInfo, `plan-for-model-phone-${theme}`);

    await page.goto("/builds/new?gpus=gpu-nvidia-geforce-rtx-3090-used:2");
    await expect(row(page, "llama-3.3-70b")).toHaveAttribute("data-placement", "multi-gpu");
    await page.getByTestId("model-picker").selectOption("llama-3.3-70b");
    await expect(page.getByTestId("inference-detail")).toContainText("across gpus");
    await noSidewaysScroll(page);
    expect(await seriousViolations(page), "builder").toEqual([]);
    await keepScreenshot(page, testInfo, `builder-workloads-phone-${theme}`);

    await page.goto(await saved4090(request));
    await expect(row(page, "gpt-oss-20b")).toBeVisible();
    await noSidewaysScroll(page);
    await page.getByTestId("workloads-panel").screenshot({ path: `e2e/artifacts/share-workloads-phone-${theme}.png` });
  });
}

test("API: models, workloads for drafts and saved builds, the planner, and bounded inputs", async ({ request }) => {
  const models = await (await request.get("/api/models")).json();
  expect(models.items.length).toBeGreaterThanOrEqual(30);
  expect(models.items.find((m: { id: string }) => m.id === "deepseek-v3").attention).toEqual([{ type: "mla", layers: 61, kvLoraRank: 512, ropeHeadDim: 64 }]);

  const build = { items: [{ partId: "gpu-nvidia-geforce-rtx-5090-fe", quantity: 1 }] };
  const ok = await request.post("/api/workloads", { data: { build, models: ["gemma-3-27b"], formats: ["Q4_K_M", "Q8_0"], contextTokens: 32768, kvCacheFormat: "q8_0", tasks: ["inference", "qlora"] } });
  expect(ok.status()).toBe(200);
  const { results } = await ok.json();
  expect(results.map((r: { format: string; task: string }) => `${r.task}/${r.format}`)).toEqual(["inference/Q4_K_M", "inference/Q8_0", "qlora/NF4"]);
  expect(results[0]).toMatchObject({ modelId: "gemma-3-27b", contextTokens: 32768, placement: "gpu", fits: true });
  expect(Object.keys(results[0].memory)).toEqual(["weightsBytes", "kvCacheBytes", "overheadBytes", "totalBytes", "gpuBytesAvailable"]);

  for (const data of [{ build, contextTokens: 10 ** 9 }, { build, models: ["nope"] }, { build, tasks: ["inference", "inference"] }, { build, kvCacheFormat: "q2" }, { build: { items: [{ partId: "no-such-part", quantity: 1 }] } }]) {
    const bad = await request.post("/api/workloads", { data });
    expect(bad.status(), JSON.stringify(data)).toBe(400);
    expect((await bad.json()).fieldErrors).toBeTruthy();
  }
  expect((await request.get("/api/builds/AAAAAAAAAAAAAAAAAAAAAA/workloads")).status()).toBe(404);
  expect((await request.get(`${(await saved4090(request)).replace("/b/", "/api/builds/")}/workloads?contextTokens=abc`)).status()).toBe(400);

  const plan = await request.post("/api/plan-for-model", { data: { modelId: "gpt-oss-120b", format: "MXFP4", contextTokens: 32768, minDecodeTokensPerSecond: 30, maxGpus: 4 } });
  expect(plan.status()).toBe(200);
  const body = await plan.json();
  expect(body.candidates.length).toBeGreaterThan(0);
  expect(body.candidates[0]).toMatchObject({ gpus: [expect.objectContaining({ partId: expect.any(String), quantity: expect.any(Number) })], gpuCostCents: expect.any(Number), decodeTokensPerSecond: expect.any(Number), placement: expect.stringMatching(/gpu/), notes: expect.any(Array) });
  expect((await request.post("/api/plan-for-model", { data: { modelId: "gpt-oss-120b", format: "MXFP4", contextTokens: 1, minDecodeTokensPerSecond: 1, maxGpus: 9 } })).status()).toBe(400);
});
