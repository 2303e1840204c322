import { bash, continued, shFunction, shortHash } from "./bash-text";
import { driverPinLines } from "./driver-packages";
import type { ScriptStep } from "./script-system";
import { shQuote } from "./shell-quote";
import type { DriverPlan } from "./types";

// restricted holds the driver, multiverse the Fabric Manager; minimal installs may lack both.
function enableComponents(components: readonly string[]): string[] {
  return components.flatMap((c) => [
    `if ! grep -rqs -- ${shQuote(c)} /etc/apt/sources.list /etc/apt/sources.list.d; then`,
    "  apt_install software-properties-common",
    `  run add-apt-repository -y ${shQuote(c)}`,
    "  run apt-get update",
    "fi",
  ]);
}

const quoteAll = (items: readonly string[]) => items.map(shQuote).join(" ");

/** The NVIDIA driver: signed prebuilt modules where they exist, DKMS (and MOK enrolment) otherwise. */
export function driverStep(driver: DriverPlan): ScriptStep {
  const noDkms = `nvidia-headless-no-dkms-${driver.stem}`;
  // ubuntu-drivers' set for the signed path; the headless metapackage itself depends on DKMS.
  const signed = driver.headless ? [noDkms, ...driver.extraPackages] : [driver.package, noDkms, ...driver.extraPackages];
  const dkms = [driver.package, driver.dkmsPackage, ...driver.extraPackages];
  const body = [
    ...enableComponents(driver.fabricManager ? ["restricted", "multiverse"] : ["restricted"]),
    ...continued(`write_file ${shQuote(driver.pinFile)} 644`, driverPinLines().map(shQuote)),
    "local secure_boot flavour modules",
    "secure_boot=$(secure_boot_state)",
    "flavour=$(kernel_flavour)",
    `modules=${shQuote(driver.signedModulesPrefix)}"$flavour"`,
    'log "Secure Boot: $secure_boot; kernel $(uname -r), flavour $flavour"',
    // Both the flavour metapackage and the ABI package for the running kernel must exist.
    `if apt-cache show --no-all-versions "$modules" ${shQuote(driver.signedModulesPrefix)}"$(uname -r)" > /dev/null 2>&1; then`,
    `  log "kernel modules: Canonical-signed $modules (load with Secure Boot on; no DKMS build)"`,
    `  apt_install ${quoteAll(signed)} "$modules"`,
    `  record INFO "NVIDIA kernel modules: signed prebuilt $modules (Secure Boot: $secure_boot)"`,
    "else",
    `  log ${shQuote(`kernel modules: no signed ${driver.signedModulesPrefix}* for this kernel; DKMS builds ${driver.dkmsPackage}`)}`,
    "  if (( DRY_RUN )); then",
    "    log 'dry run: apt lists were not refreshed, so a real run may still find the signed modules'",
    "  fi",
    '  if [[ "$secure_boot" == enabled ]]; then',
    "    ensure_module_key",
    "  fi",
    // linux-headers-<flavour> keeps headers coming with kernel updates, so DKMS rebuilds the module.
    `  apt_install "linux-headers-$flavour" "linux-headers-$(uname -r)" ${quoteAll(dkms)}`,
    `  record INFO "NVIDIA kernel modules: built here by DKMS (${driver.dkmsPackage}; Secure Boot: $secure_boot)"`,
    '  if [[ "$secure_boot" == enabled ]]; then',
    "    enrol_module_key",
    '  elif [[ "$secure_boot" == unknown ]]; then',
    `    warn "could not read the Secure Boot state; if it is on, run: sudo mokutil --import $(module_signing_key) and reboot"`,
    "  fi",
    "fi",
    ...(driver.fabricManager
      ? [`apt_install ${shQuote(driver.fabricManager)}`, "run systemctl enable nvidia-fabricmanager.service"]
      : []),
    "note_reboot",
  ];
  // The marker follows the step's content: a script with another pin or package set runs it again.
  const name = `${driver.package}-${shortHash(body.join("\n"))}`;
  return { name, fn: "install_nvidia_driver", lines: shFunction("install_nvidia_driver", body) };
}

export const DRIVER_HELPERS = bash`
gpu_driver_ready() {
  command -v nvidia-smi > /dev/null 2>&1 && nvidia-smi -L > /dev/null 2>&1
}

# Driver and kernel packages ask for a reboot through this file (update-notifier).
note_reboot() {
  if [[ -e /run/reboot-required ]] || ! gpu_driver_ready; then
    REBOOT_NEEDED=1
  fi
}
`;
