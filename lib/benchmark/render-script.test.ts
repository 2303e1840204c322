import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ResolvedBuild } from "../builds/types";
import { buildChecklist } from "./build-checklist";
import { CPU_ONLY_BUILD, DUAL_1080TI_BUILD, EXAMPLE_BUILD, hostileBuild, K80_BUILD, RTX_4090_BUILD } from "./fixtures/builds";
import { benchmarkFileNames } from "./file-names";
import { renderBenchmarkScript } from "./render-script";
import { planRows } from "./script/plan";
import { commentSafe, shellQuote } from "./script/shell-safe";

const dir = mkdtempSync(join(tmpdir(), "dlbox-script-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const generatedAt = new Date("2026-11-20T10:00:00Z");
const render = (build: ResolvedBuild) => renderBenchmarkScript(build, buildChecklist(build, { driverBranch: "580" }), { generatedAt });

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const BUILDS: [string, ResolvedBuild][] = [
  ["example", EXAMPLE_BUILD],
  ["dual", DUAL_1080TI_BUILD],
  ["cpu-only", CPU_ONLY_BUILD],
  ["k80", K80_BUILD],
  ["rtx4090", RTX_4090_BUILD],
  ["hostile", hostileBuild(join(dir, "pwned"))],
];

describe("renderBenchmarkScript: static checks", () => {
  it.each(BUILDS)("%s: bash -n accepts it", (name, build) => {
    const res = spawnSync("bash", ["-n", write(`${name}.sh`, render(build))], { encoding: "utf8" });
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
  });

  it("shellcheck -s bash reports nothing for any of the builds", () => {
    const probe = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
    if (probe.error || probe.status !== 0) {
      throw new Error("shellcheck is not installed; install it (apt-get install -y shellcheck) to run this test.");
    }
    // One shellcheck process for all scripts: it takes seconds per start on a small machine.
    const paths = BUILDS.map(([name, build]) => write(`${name}-sc.sh`, render(build)));
    const res = spawnSync("shellcheck", ["-s", "bash", ...paths], { encoding: "utf8" });
    expect(res.stdout + res.stderr).toBe("");
    expect(res.status).toBe(0);
  }, 60_000);

  it("is deterministic for the same build and time", () => {
    expect(render(EXAMPLE_BUILD)).toBe(render(EXAMPLE_BUILD));
  });

  it("embeds one plan row per measurable item, none for a CPU-only build's GPUs", () => {
    const rows = planRows(buildChecklist(CPU_ONLY_BUILD));
    expect(rows.map((r) => r.split("\t")[1])).toEqual([
      "ram-total", "ram-speed", "drive-count", "drive-read", "drive-read", "smart", "memtest", "cpu-stress",
    ]);
    expect(rows[3]).toBe("storage.seq-read.drive0\tdrive-read\t-\tMB/s\tSATA\t500");
  });

  it("never writes to a device and reads drives read-only", () => {
    const script = render(RTX_4090_BUILD);
    expect(script).not.toMatch(/of=\/dev\/(?!null)/);
    expect(script).not.toMatch(/\b(mkfs|wipefs|fdisk|parted|blkdiscard|shred)\b/);
    const fioCalls = script.split("\n").filter((line) => /\bfio --/.test(line));
    expect(fioCalls.length).toBeGreaterThan(0);
    for (const line of fioCalls) expect(line).toContain("--readonly");
    expect(script).toContain("mktemp -d");
    expect(script).toContain("trap cleanup EXIT");
  });
});

describe("renderBenchmarkScript: user text never executes", () => {
  const marker = join(dir, "pwned");
  const build = hostileBuild(marker);
  const script = render(build);

  it("keeps the header comment to a safe character set", () => {
    const nameLine = script.split("\n")[1] ?? "";
    expect(nameLine).toMatch(/^# dl-box benchmark for build: [A-Za-z0-9 ._,:()+-]*$/);
    expect(commentSafe("a$(b)`c`'d\"\ne")).toBe("a_(b)_c__d__e");
  });

  it("single-quotes the build name as data", () => {
    expect(script).toContain(`BUILD_NAME=${shellQuote(build.name)}`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("survives --help and an eval of its data line without running the marker command", () => {
    const path = write("hostile-run.sh", script);
    const res = spawnSync("bash", [path, "--help"], { encoding: "utf8" });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("--quick");
    const echo = spawnSync("bash", ["-c", `eval "$(sed -n '/^BUILD_NAME=/p' ${shellQuote(path)})"; printf '%s' "$BUILD_NAME"`], {
      encoding: "utf8",
    });
    expect(echo.stdout).toBe(build.name.replace(/\n/g, " "));
    expect(existsSync(marker)).toBe(false);
  });

  it("rejects unknown options with status 2 and usage on stderr", () => {
    const res = spawnSync("bash", [write("opts.sh", render(EXAMPLE_BUILD)), "--bogus"], { encoding: "utf8" });
    expect(res.status).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr).toContain("Unknown option: --bogus");
  });

  // Issue #15, item 10: the usage text named dl-box-benchmark.sh while the download is named
  // after the build ("<build>-benchmark.sh").
  it("names the script as downloaded, in the header and in --help", () => {
    const text = render(EXAMPLE_BUILD);
    const fileName = benchmarkFileNames(EXAMPLE_BUILD.name).script;
    expect(text).toContain(`# Usage: bash ${fileName} [--quick | --full | --install-llama-bench | --help]`);
    const res = spawnSync("bash", [write(fileName, text), "--help"], { encoding: "utf8" });
    expect(res.stdout).toContain(`Usage: bash ${fileName} [--quick | --full] [--install-llama-bench] > result.json`);
    expect(text).not.toContain("dl-box-benchmark.sh");
  });
});
