import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";

// Provisioning endpoints: the plan JSON and the setup script for a stored build.
async function exampleBuildId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const id = /href="\/b\/([A-Za-z0-9_-]{22})"/.exec(html)?.[1];
  expect(id, "the home page links the example build").toBeTruthy();
  return id!;
}

test("plan for the example build: GTX 1080 Ti gets the 580 proprietary driver, CUDA 12.6 and cu126 wheels", async ({ request }) => {
  const id = await exampleBuildId(request);
  const response = await request.get(`/api/builds/${id}/provision-plan`);
  expect(response.status()).toBe(200);
  const plan = await response.json();
  expect(plan.gpus).toEqual([expect.objectContaining({ name: expect.stringContaining("GTX 1080 Ti"), architecture: "Pascal", computeCapability: "6.1" })]);
  expect(plan.driver).toMatchObject({ branch: 580, flavour: "proprietary", package: "nvidia-driver-580" });
  expect(plan.cuda).toMatchObject({ toolkit: "12.6", package: "cuda-toolkit-12-6" });
  expect(plan.frameworks).toEqual([expect.objectContaining({ name: "pytorch", variant: "cu126", gpu: true, expectedDevices: 1 })]);
  expect(plan.options).toEqual({ os: "24.04", env: "conda", frameworks: ["pytorch"], jupyter: true, docker: false, sshHardening: false });
  expect(plan.errors).toEqual([]);

  const jammy = await (await request.get(`/api/builds/${id}/provision-plan?os=22.04&env=uv&frameworks=pytorch,jax&docker=1`)).json();
  expect(jammy.os).toMatchObject({ version: "22.04", codename: "jammy" });
  expect(jammy.cuda.repository).toContain("/ubuntu2204/");
  expect(jammy.frameworks.map((f: { name: string; variant: string }) => `${f.name}:${f.variant}`)).toEqual(["pytorch:cu126", "jax:cuda12"]);
  expect(jammy.services).toMatchObject({ docker: true, nvidiaContainerToolkit: true });
  expect(jammy.environments.every((e: { manager: string }) => e.manager === "uv")).toBe(true);
});

test("an AMD build gets a ROCm plan and the compatibility finding; 26.04 is offered", async ({ request }) => {
  const created = await request.post("/api/builds", { data: { name: "ROCm box", items: [{ partId: "gpu-amd-radeon-rx-7900-xtx", quantity: 1 }] } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const plan = await (await request.get(`/api/builds/${id}/provision-plan?os=26.04&frameworks=pytorch`)).json();
  expect(plan.errors).toEqual([]);
  expect(plan.os).toMatchObject({ version: "26.04", codename: "resolute" });
  expect(plan.rocm).toMatchObject({ release: "10.0", gfxTargets: ["gfx1100"], kernelPackage: null });
  expect(plan.frameworks[0]).toMatchObject({ name: "pytorch", variant: "rocm10.0", gpu: true, expectedDevices: 1 });
  const script = await (await request.get(`/api/builds/${id}/provision.sh?os=26.04&frameworks=pytorch`)).text();
  expect(script).toContain("/amdgpu-install/31.50/ubuntu/resolute/");
  expect(script).toContain("verify_amd_gpus");

  const analysis = await (await request.post("/api/compat", { data: { items: [{ partId: "gpu-amd-radeon-rx-9070-xt", quantity: 1 }, { partId: "gpu-intel-arc-b580-le", quantity: 1 }] } })).json();
  const stack = analysis.findings.filter((f: { ruleId: string }) => f.ruleId === "dl.gpu-software-stack");
  expect(stack).toHaveLength(2);
  expect(stack).toEqual(expect.arrayContaining([
    expect.objectContaining({ severity: "warning", message: expect.stringContaining("Intel Arc B580") }),
    expect.objectContaining({ severity: "note", message: expect.stringContaining("(gfx1201) is on ROCm 10.0's supported-GPU list") }),
  ]));
});

test("bad options answer 400 with field errors; unknown or malformed builds 404", async ({ request }) => {
  const id = await exampleBuildId(request);
  for (const endpoint of ["provision-plan", "provision.sh"]) {
    const bad = await request.get(`/api/builds/${id}/${endpoint}?os=20.04&frameworks=caffe&jupyter=maybe`);
    expect(bad.status(), endpoint).toBe(400);
    const body = await bad.json();
    expect(body.error).toBe("invalid");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["frameworks.0", "jupyter", "os"]);

    expect((await request.get(`/api/builds/AAAAAAAAAAAAAAAAAAAAAA/${endpoint}`)).status(), endpoint).toBe(404);
    expect((await request.get(`/api/builds/not-an-id/${endpoint}`)).status(), endpoint).toBe(404);
  }
});

test("provision.sh downloads a bash script named after the build, for the chosen options", async ({ request, baseURL }) => {
  const id = await exampleBuildId(request);
  const response = await request.get(`/api/builds/${id}/provision.sh?os=22.04`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/x-shellscript; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="weekend-deep-learning-box-2017-setup.sh"');
  expect(response.headers()["cache-control"]).toBe("no-store");
  const script = await response.text();
  expect(script.split("\n")[0]).toBe("#!/usr/bin/env bash");
  expect(script).toContain("\nset -Eeuo pipefail\n");
  expect(script).toContain("PLAN_UBUNTU='22.04'");
  expect(script).toContain("nvidia-driver-580");
  // The share link in the header is on the host the visitor used. A forwarded host counts only
  // behind a trusted proxy (TRUST_PROXY_HOPS > 0; this server has none), so a forged one is ignored.
  expect(script).toContain(`# Build: ${new URL(baseURL!).origin}/b/${id}\n`);
  const forged = await request.get(`/api/builds/${id}/provision.sh`, { headers: { "x-forwarded-host": "planner.example", "x-forwarded-proto": "https" } });
  const forgedScript = await forged.text();
  expect(forgedScript).toContain(`# Build: ${new URL(baseURL!).origin}/b/${id}\n`);
  expect(forgedScript).not.toContain("planner.example");
});

test("a hostile build name yields a safe file name and an inert script", async ({ request }) => {
  const dir = mkdtempSync(join(tmpdir(), "dlbox-e2e-provision-"));
  const canary = join(dir, "pwned");
  try {
    // A newline in a name is refused on create (400); the rest of the attack is stored as text.
    expect((await request.post("/api/builds", { data: { name: `a\n$(touch ${canary})`, items: [] } })).status()).toBe(400);
    const name = `$(touch ${canary})"' \`touch ${canary}\``;
    const created = await request.post("/api/builds", {
      data: { name, items: [{ partId: "gpu-nvidia-geforce-gtx-1080-ti-fe", quantity: 1 }, { custom: { name: `'; touch ${canary}; '`, category: "other" }, quantity: 1 }] },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();

    const response = await request.get(`/api/builds/${id}/provision.sh?frameworks=pytorch,tensorflow,jax&docker=1&sshHardening=1`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+-setup\.sh"$/);
    const file = join(dir, "setup.sh");
    writeFileSync(file, await response.text());

    const syntax = spawnSync("bash", ["-n", file], { encoding: "utf8" });
    expect(syntax.status, syntax.stderr).toBe(0);
    expect(syntax.stderr).toBe("");

    // Dry run only: it prints what it would do. Fresh HOME and state dir so nothing real is touched.
    const home = join(dir, "home");
    const dryRun = spawnSync("bash", [file, "--dry-run"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
      env: { NODE_ENV: "test", PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8", HOME: home, DL_BOX_STATE_DIR: join(dir, "state") },
    });
    expect(dryRun.status, dryRun.stderr).toBe(0);
    expect(dryRun.stdout).toContain("[dry-run]");
    expect(existsSync(canary)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
