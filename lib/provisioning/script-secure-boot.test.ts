import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { release } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { runScript, stubCommands, tempDir } from "./test-shell";
import { buildWith, options } from "./test-fixtures";

// The driver step's two paths, driven through the script's --dry-run with `mokutil --sb-state`
// and `apt-cache show` stubbed: Canonical's signed modules when they exist for the running
// kernel, DKMS otherwise, and the MOK enrolment only when Secure Boot is on and DKMS built.

const dir = tempDir("dlbox-secure-boot");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const build = buildWith(["gtx1080ti"], { name: "Secure box" });
const file = join(dir, "secure-box-setup.sh");
writeFileSync(file, renderProvisionScript(build, planProvisioning(build, options()), { generatedAt: new Date("2026-11-05T12:00:00Z") }));
const osRelease = join(dir, "os-release");
writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="24.04"\n');

interface Machine {
  secureBoot: "enabled" | "disabled";
  signedModules: boolean;
}

function dryRun(name: string, machine: Machine) {
  const apt = join(dir, `${name}-apt-cache.log`);
  const bin = stubCommands(join(dir, name), {
    // mokutil --sb-state prints "SecureBoot enabled" or "SecureBoot disabled" (mokutil(1)).
    mokutil: [
      'case "$1" in',
      `  --sb-state) echo 'SecureBoot ${machine.secureBoot}' ;;`,
      "  --test-key) echo \"$2 is not enrolled\"; exit 1 ;;",
      "  *) exit 2 ;;",
      "esac",
    ].join("\n"),
    // apt-cache show exits 100 when a package is unknown.
    "apt-cache": `printf '%s\\n' "$*" >> '${apt}'\n${machine.signedModules ? "exit 0" : "exit 100"}`,
    // The box runs the 24.04 HWE kernel: its metapackage decides the module flavour.
    "dpkg-query": [
      'if [[ "$*" == *linux-image-generic-hwe-24.04* && "$*" != *Package* ]]; then',
      "  printf 'install ok installed'",
      "  exit 0",
      "fi",
      'exec /usr/bin/dpkg-query "$@"',
    ].join("\n"),
  });
  return runScript(file, ["--dry-run"], {
    PATH: `${bin}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    DL_BOX_OS_RELEASE: osRelease,
    DL_BOX_STATE_DIR: join(dir, `${name}-state`),
  }).then((run) => ({ ...run, apt: readFileSync(apt, "utf8") }));
}

const kernel = release(); // what `uname -r` prints

describe("driver step under Secure Boot (dry run, mokutil stubbed)", () => {
  it("uses Canonical's signed modules when they exist: no DKMS, nothing to enrol", async () => {
    const run = await dryRun("signed", { secureBoot: "enabled", signedModules: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Secure Boot: enabled; kernel ${kernel}, flavour generic-hwe-24.04`);
    // Both the flavour metapackage and the ABI package are looked up, as ubuntu-drivers does.
    expect(run.apt).toContain(`show --no-all-versions linux-modules-nvidia-580-generic-hwe-24.04 linux-modules-nvidia-580-${kernel}`);
    expect(run.stdout).toMatch(/apt-get install -y nvidia-driver-580 nvidia-headless-no-dkms-580 linux-modules-nvidia-580-generic-hwe-24\.04\n/);
    expect(run.stdout).not.toContain("nvidia-dkms-580");
    expect(run.stdout).not.toContain("mokutil --import");
    expect(run.stdout).toContain("INFO  NVIDIA kernel modules: signed prebuilt linux-modules-nvidia-580-generic-hwe-24.04 (Secure Boot: enabled)");
  });

  it("falls back to DKMS with Secure Boot on: creates the key first, queues the MOK and says what the firmware screen asks", async () => {
    const run = await dryRun("dkms-sb-on", { secureBoot: "enabled", signedModules: false });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Secure Boot: enabled");
    const keyAt = run.stdout.indexOf("[dry-run] update-secureboot-policy --new-key");
    const installAt = run.stdout.search(/apt-get install -y linux-headers-generic-hwe-24\.04 linux-headers-\S+ nvidia-driver-580 nvidia-dkms-580\n/);
    const enrolAt = run.stdout.indexOf("[dry-run] mokutil --import /var/lib/shim-signed/mok/MOK.der");
    expect(keyAt).toBeGreaterThan(0);
    expect(installAt).toBeGreaterThan(keyAt); // the module is signed with a key that exists
    expect(enrolAt).toBeGreaterThan(installAt);
    expect(run.stdout).toContain("INFO  NVIDIA kernel modules: built here by DKMS (nvidia-dkms-580; Secure Boot: enabled)");
    expect(run.stdout).toContain("WAIT  Secure Boot: at the next boot the blue MOK Manager screen appears: Enroll MOK > Continue > Yes > type the password > Reboot");
  });

  it("falls back to DKMS with Secure Boot off: headers for future kernels, no enrolment", async () => {
    const run = await dryRun("dkms-sb-off", { secureBoot: "disabled", signedModules: false });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Secure Boot: disabled");
    expect(run.stdout).toMatch(/apt-get install -y linux-headers-generic-hwe-24\.04 linux-headers-\S+ nvidia-driver-580 nvidia-dkms-580\n/);
    expect(run.stdout).not.toContain("update-secureboot-policy");
    expect(run.stdout).not.toContain("mokutil --import");
    expect(run.stdout).toContain("INFO  NVIDIA kernel modules: built here by DKMS (nvidia-dkms-580; Secure Boot: disabled)");
  });

  it("pins the driver packages to Ubuntu's archive before anything could pull them from NVIDIA's repository", async () => {
    const run = await dryRun("pin", { secureBoot: "disabled", signedModules: true });
    const pinAt = run.stdout.indexOf("[dry-run] write /etc/apt/preferences.d/dl-box-nvidia-driver.pref (mode 644):");
    expect(pinAt).toBeGreaterThan(0);
    expect(run.stdout).toContain("[dry-run]   | Pin: origin developer.download.nvidia.com\n[dry-run]   | Pin-Priority: -1");
    expect(run.stdout.indexOf("cuda-keyring")).toBeGreaterThan(pinAt);
  });
});
