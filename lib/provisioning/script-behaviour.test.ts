import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { runScript, tempDir } from "./test-shell";
import { buildWith, options } from "./test-fixtures";

const dir = tempDir("dlbox-behaviour");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const build = buildWith(["gtx1080ti"], { name: "Behaviour box" });
const plan = planProvisioning(build, options({ frameworks: "pytorch", sshHardening: true }));
const file = join(dir, "behaviour-box-setup.sh");
const script = renderProvisionScript(build, plan, { generatedAt: new Date("2026-11-05T12:00:00Z") });
writeFileSync(file, script);
// The driver step's marker carries a hash of its content.
const driverMarker = /step '(nvidia-driver-580-[0-9a-f]{8})' install_nvidia_driver/.exec(script)?.[1] ?? "missing";

function osRelease(id: string, version: string): string {
  const path = join(dir, `os-release-${id}-${version}`);
  writeFileSync(path, `ID=${id}\nVERSION_ID="${version}"\n`);
  return path;
}
const ubuntu = osRelease("ubuntu", "24.04");

describe("command line", () => {
  it("lists its options with --help and exits 0", async () => {
    const run = await runScript(file, ["--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--dry-run", "--user NAME", "--help"]) expect(run.stdout).toContain(option);
  });

  it("rejects unknown options and unsafe user names", async () => {
    const unknown = await runScript(file, ["--force"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown option: --force");
    const user = await runScript(file, ["--dry-run", "--user", "root;id"]);
    expect(user.code).toBe(1);
    expect(user.stderr).toContain("not a valid user name: root;id");
  });
});

describe("platform checks", () => {
  it("stops before changing anything on the wrong release, with a clear message", async () => {
    const stateDir = join(dir, "state-wrong-os");
    const run = await runScript(file, [], { DL_BOX_OS_RELEASE: osRelease("ubuntu", "22.04"), DL_BOX_STATE_DIR: stateDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ERROR: this script is for Ubuntu 24.04; this machine runs ubuntu 22.04");
    expect(run.stdout).not.toContain("==>");
    expect(existsSync(stateDir)).toBe(false);
  });

  it("only reports the same problem in --dry-run and carries on", async () => {
    const run = await runScript(file, ["--dry-run"], { DL_BOX_OS_RELEASE: osRelease("debian", "12") });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("this script is for Ubuntu 24.04; this machine runs debian 12 (continuing: --dry-run)");
    expect(run.stdout).toContain(`==> ${driverMarker}`);
  });
});

describe("idempotency", () => {
  it("skips steps whose marker exists and re-runs the rest", async () => {
    const stateDir = join(dir, "state-done");
    mkdirSync(stateDir);
    writeFileSync(join(stateDir, `${driverMarker}.done`), "");
    writeFileSync(join(stateDir, "env-deeplearn-00000000.done"), "");
    const run = await runScript(file, ["--dry-run"], { DL_BOX_STATE_DIR: stateDir, DL_BOX_OS_RELEASE: ubuntu });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`skip: ${driverMarker} (done on an earlier run)`);
    expect(run.stdout).not.toMatch(/apt-get install -y .*nvidia-driver-580/);
    // A marker for an older version of the environment does not count.
    expect(run.stdout).toMatch(/==> env-deeplearn-[0-9a-f]{8}\n/);
  });
});

describe("SSH hardening", () => {
  it("leaves password logins alone until the user has a key", async () => {
    const run = await runScript(file, ["--dry-run"], { DL_BOX_OS_RELEASE: ubuntu });
    expect(run.stderr).toMatch(/no SSH key in .*authorized_keys: password logins stay on/);
    expect(run.stdout).toContain("ssh-hardening: not marked done; it runs again next time");
    expect(run.stdout).not.toContain("10-dl-box-hardening.conf");
  });

  it("writes and validates the sshd drop-in once a key exists", async () => {
    const home = join(dir, "home-with-key");
    mkdirSync(join(home, ".ssh"), { recursive: true });
    writeFileSync(join(home, ".ssh", "authorized_keys"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI test@example\n");
    const run = await runScript(file, ["--dry-run"], { HOME: home, DL_BOX_OS_RELEASE: ubuntu });
    expect(run.stdout).toContain("[dry-run] write /etc/ssh/sshd_config.d/10-dl-box-hardening.conf (mode 644):");
    expect(run.stdout).toContain("[dry-run]   | PasswordAuthentication no");
    // Socket-activated sshd (24.04+) has no /run/sshd yet, and sshd -t fails without it.
    expect(run.stdout).toContain("[dry-run] install -d -m 0755 /run/sshd\n[dry-run] sshd -t");
  });
});

describe("JupyterLab service", () => {
  it("waits for the network (Wants= beside After=) and adds --allow-root only for root, with a warning", async () => {
    const asRoot = await runScript(file, ["--dry-run", "--user", "root"], { DL_BOX_OS_RELEASE: ubuntu });
    expect(asRoot.stdout).toContain("[dry-run]   | Wants=network-online.target\n[dry-run]   | After=network-online.target");
    expect(asRoot.stdout).toMatch(/ExecStart=.*jupyter lab --no-browser --ip=127\.0\.0\.1 --port=8888 --allow-root\n/);
    expect(asRoot.stderr).toContain("JupyterLab will run as root (--allow-root)");
    const asUser = await runScript(file, ["--dry-run", "--user", "nobody"], { DL_BOX_OS_RELEASE: ubuntu });
    expect(asUser.stdout).toMatch(/ExecStart=.*jupyter lab --no-browser --ip=127\.0\.0\.1 --port=8888\n/);
    expect(asUser.stderr).not.toContain("--allow-root");
  });
});
