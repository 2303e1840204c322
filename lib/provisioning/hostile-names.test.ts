import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResolvedBuild, ResolvedItem } from "../builds/types";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { lintScript } from "./script-lint";
import { displayValue } from "./shell-quote";
import { bashSyntax, runScript, shellcheck, tempDir, type Finding, type RunResult } from "./test-shell";
import { buildWith, options } from "./test-fixtures";

const dir = tempDir("dlbox-hostile");
const canary = join(dir, "pwned");
const touch = `touch ${canary}`;

const CORPUS: [string, string][] = [
  ["command substitution", `$(${touch})`],
  ["backticks", `\`${touch}\``],
  ["single quotes", `'; ${touch}; '`],
  ["double quotes", `"; ${touch}; echo "`],
  ["newlines", `box\n${touch}\n# `],
  ["heredoc terminator", `EOF\n${touch}\nEOF `],
  ["line continuation", `x \\\n${touch}`],
  ["ANSI-C quote", `$'\\x27'; ${touch}`],
  ["IFS and braces", `\${IFS}${touch.replace(/ /g, "${IFS}")}`],
  ["NUL and CR", `a\0b\r\n${touch}`],
  ["bidi override", `\u202E${touch}\u202C`],
  ["unicode", "Büro-Rechner 🚀 深度学习 Ωmega"],
  ["option lookalike", "--help -n --user root"],
  ["printf format", "%s%n%d %%"],
  ["10 kB name", `${"A".repeat(10_000)}$(${touch})`],
];

function hostileBuild(name: string, gpuVendor: "nvidia" | "amd"): ResolvedBuild {
  const base = buildWith(["gtx1080ti"], { name, notes: name });
  const items: ResolvedItem[] = base.items.map((item) => ({ ...item, part: { ...item.part, name } }) as ResolvedItem);
  // A GPU with no compute capability puts its name into the plan's warnings as well.
  items.push({
    id: "hostile-gpu",
    part: { id: null, category: "gpu", name, specs: gpuVendor === "amd" ? { vendor: "amd" } : { architecture: "Pascal" } },
    quantity: 1,
    priceCents: null,
    discountCents: 0,
  });
  return { ...base, items };
}

interface Case {
  label: string;
  name: string;
  file: string;
  script: string;
  refused: boolean;
}

const cases: Case[] = CORPUS.flatMap(([label, name], i) =>
  (["nvidia", "amd"] as const).map((vendor) => {
    const build = hostileBuild(name, vendor);
    const opts = options({ frameworks: "pytorch,tensorflow,jax", jupyter: true, docker: true, sshHardening: true });
    const plan = planProvisioning(build, opts);
    const script = renderProvisionScript(build, plan, { generatedAt: new Date("2026-11-05T12:00:00Z"), buildUrl: `https://x.test/${name}` });
    const file = join(dir, `hostile-${i}-${vendor}.sh`);
    writeFileSync(file, script);
    return { label: `${label} (${vendor})`, name, file, script, refused: plan.errors.length > 0 };
  }),
);

let findings: Finding[] = [];
const runs = new Map<string, RunResult>();

beforeAll(async () => {
  findings = shellcheck(cases.map((c) => c.file));
  for (let i = 0; i < cases.length; i += 4) {
    const batch = cases.slice(i, i + 4);
    const results = await Promise.all(batch.map((c) => runScript(c.file, ["--dry-run"], { DL_BOX_STATE_DIR: join(dir, "state") })));
    batch.forEach((c, j) => runs.set(c.file, results[j]!));
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(cases)("hostile names: $label", (c) => {
  it("stay data: comments on one line, values single-quoted, scripts lint-clean", () => {
    const lines = c.script.split("\n");
    const header = lines.slice(0, lines.indexOf("set -Eeuo pipefail"));
    for (const line of header) expect(line).toMatch(/^(#[\x20-\x7e]*)?$/);
    expect(lines.filter((l) => l.startsWith("readonly BUILD_NAME=")).length).toBe(c.refused ? 0 : 1);
    expect(bashSyntax(c.file)).toEqual({ ok: true, stderr: "" });
    expect(findings.filter((f) => f.file === c.file)).toEqual([]);
    expect(lintScript(c.script)).toEqual([]);
  });

  it("execute nothing in a dry run", () => {
    const run = runs.get(c.file);
    expect(run?.code).toBe(c.refused ? 1 : 0);
    expect(existsSync(canary)).toBe(false);
    if (!c.refused) {
      // The name arrives intact apart from the documented reduction (one line, capped).
      expect(run?.stdout).toContain(`Setting up ${displayValue(c.name, 120)} for user `);
    }
  });
});
