// Test-only helpers: run bash, shellcheck and the generated scripts in isolated temp dirs.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Finding {
  file: string;
  line: number;
  code: number;
  level: string;
  message: string;
}

export function requireShellcheck(): void {
  const probe = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error("shellcheck is not installed: install it (apt-get install -y shellcheck) to run these tests");
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

export function writeScripts(dir: string, scripts: Record<string, string>): string[] {
  return Object.entries(scripts).map(([name, text]) => {
    const file = join(dir, name);
    writeFileSync(file, text, { mode: 0o644 });
    return file;
  });
}

/** Shellcheck at its default severity (style), as bash; one process for all files. */
export function shellcheck(files: readonly string[]): Finding[] {
  requireShellcheck();
  const result = spawnSync("shellcheck", ["-s", "bash", "-f", "json1", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`shellcheck failed: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout || '{"comments":[]}') as { comments: Finding[] };
  return parsed.comments;
}

export function bashSyntax(file: string): { ok: boolean; stderr: string } {
  const result = spawnSync("bash", ["-n", file], { encoding: "utf8" });
  return { ok: result.status === 0, stderr: result.stderr };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Only what the test passes: no SUDO_USER, no BASH_ENV, nothing from the developer's shell. */
export function cleanEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  // Next's types make NODE_ENV required on ProcessEnv; the scripts ignore it.
  return { NODE_ENV: "test", PATH: process.env.PATH ?? "/usr/bin:/bin", ...vars };
}

/** Runs a script with a clean environment and a timeout; HOME is a fresh temp dir unless given. */
export function runScript(file: string, args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  const ownHome = env.HOME === undefined ? tempDir("dlbox-home") : null;
  return new Promise((resolve, reject) => {
    // stdin from /dev/null: on a socket (Node's default pipe) bash would source ~/.bashrc.
    const child = spawn("bash", [file, ...args], {
      env: cleanEnv({ LANG: "C.UTF-8", ...(ownHome ? { HOME: ownHome } : {}), ...env }),
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (ownHome) rmSync(ownHome, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

/** Executable stand-ins for system commands (mokutil, apt-cache, nvidia-smi), put first on PATH. */
export function stubCommands(dir: string, commands: Record<string, string>): string {
  const bin = join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  for (const [name, body] of Object.entries(commands)) {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
  }
  return bin;
}

/** The interpreter behind `python3` (a pyenv shim would look for ~/.pyenv in the test's HOME). */
export function realPython(): string {
  const probe = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error("python3 is needed to run the verify-step tests");
  return probe.stdout.trim();
}
