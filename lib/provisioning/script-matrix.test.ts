import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResolvedBuild } from "../builds/types";
import { scriptFileName } from "./file-name";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { lintScript } from "./script-lint";
import { bashSyntax, runScript, shellcheck, stubCommands, tempDir, type Finding, type RunResult } from "./test-shell";
import { buildWith, options, type GpuKey } from "./test-fixtures";
import type { ProvisionOptionsInput } from "./options";
import type { ProvisionPlan } from "./types";

interface Case {
  label: string;
  build: ResolvedBuild;
  plan: ProvisionPlan;
  file: string;
  script: string;
}

const GOLDEN: (GpuKey | [GpuKey, number])[][] = [
  ["k80"], ["gtx970"], ["gtx1080ti"], [["gtx1080ti", 2]], ["v100"], ["rtx2080ti"], ["rtx3090"], ["rtx4090"],
  ["rtx5090"], ["a100"], ["h100"], ["h100sxm"], ["gtx1080ti", "rtx4090"], ["rx7900xtx"], ["rx9070xt"], ["mi210"],
  ["rx6800xt"], ["arcB580"], [],
];
const EVERYTHING: ProvisionOptionsInput = { frameworks: "pytorch,tensorflow,jax", jupyter: true, docker: true, sshHardening: true };
const VARIANTS: [(GpuKey | [GpuKey, number])[], ProvisionOptionsInput][] = [
  [["gtx1080ti"], { os: "22.04", env: "uv", frameworks: "pytorch,tensorflow,jax" }],
  [["rtx5090"], { env: "uv", frameworks: "pytorch", jupyter: false }],
  [[], { env: "uv", frameworks: "jax", docker: true }],
  [["rtx3090"], { frameworks: "", jupyter: false }],
  [["k80", "rtx3090"], { os: "22.04", frameworks: "pytorch" }],
  // Impossible plans render a refusal; it must be just as clean.
  [["k80", "rtx5090"], {}],
  [["gtx1080ti", "rtx5090"], {}],
  [["rtx4090", "rx7900xtx"], {}],
];

const dir = tempDir("dlbox-matrix");
const stateDir = join(dir, "state");
// The same answers on every test machine: no signed modules in the apt lists, Secure Boot off.
const stubs = stubCommands(dir, { "apt-cache": "exit 100", mokutil: "echo 'SecureBoot disabled'" });
const osRelease = (version: string) => {
  const file = join(dir, `os-release-${version}`);
  writeFileSync(file, `NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="${version}"\n`);
  return file;
};

function makeCase(label: string, gpus: (GpuKey | [GpuKey, number])[], input: ProvisionOptionsInput): Case {
  const build = buildWith(gpus, { name: label });
  const plan = planProvisioning(build, options(input));
  const script = renderProvisionScript(build, plan, { generatedAt: new Date("2026-11-05T12:00:00Z") });
  const file = join(dir, scriptFileName(label));
  writeFileSync(file, script);
  return { label, build, plan, file, script };
}

const cases: Case[] = [
  ...GOLDEN.flatMap((gpus) =>
    (["26.04", "24.04", "22.04"] as const).map((os) => makeCase(`${gpus.join("+") || "cpu-only"} on ${os}`, gpus, { ...EVERYTHING, os })),
  ),
  ...VARIANTS.map(([gpus, input], i) => makeCase(`variant ${i} ${gpus.join("+") || "cpu-only"}`, gpus, input)),
];

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}

let findings: Finding[] = [];
const dryRuns = new Map<string, RunResult>();
const defaultStateExisted = existsSync("/var/lib/dl-box-setup");

beforeAll(async () => {
  findings = shellcheck(cases.map((c) => c.file));
  const results = await inBatches(cases, 4, (c) =>
    runScript(c.file, ["--dry-run"], {
      DL_BOX_STATE_DIR: stateDir,
      DL_BOX_OS_RELEASE: osRelease(c.plan.os.version),
      PATH: `${stubs}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    }),
  );
  cases.forEach((c, i) => dryRuns.set(c.file, results[i]!));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(cases)("generated script: $label", (c) => {
  it("passes bash -n, shellcheck (default severity) and the 2017-bug lint", () => {
    expect(bashSyntax(c.file)).toEqual({ ok: true, stderr: "" });
    expect(findings.filter((f) => f.file === c.file)).toEqual([]);
    expect(lintScript(c.script)).toEqual([]);
  });

  it("runs in --dry-run without changing anything", () => {
    const run = dryRuns.get(c.file);
    expect(run).toBeDefined();
    if (!run) return;
    if (c.plan.errors.length > 0) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("This build cannot be set up automatically:");
      return;
    }
    expect(run.stderr).not.toContain("ERROR");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("dry run: nothing is changed");
    if (c.plan.driver) expect(run.stdout).toMatch(new RegExp(`\\[dry-run\\] env DEBIAN_FRONTEND=noninteractive apt-get install -y .*\\b${c.plan.driver.package}\\b`));
    if (c.plan.cuda) expect(run.stdout).toContain(`apt-get install -y ${c.plan.cuda.package}`);
    if (c.plan.rocm) expect(run.stdout).toContain("[dry-run] amdgpu-install -y --usecase=rocm\\,graphics --gfxversion=auto");
    for (const env of c.plan.environments) expect(run.stdout).toContain(`==> env-${env.name}-`);
    expect(run.stdout).toContain("Summary for ");
    expect(existsSync(stateDir)).toBe(false);
  });
});

it("never creates the real state directory", () => {
  expect(existsSync("/var/lib/dl-box-setup")).toBe(defaultStateExisted);
});
