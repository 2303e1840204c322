import { bash, shFunction, shortHash } from "./bash-text";
import type { ScriptStep } from "./script-system";
import { shQuote } from "./shell-quote";
import type { RocmPlan } from "./types";

/** amdgpu-install (AMD's kernel driver via DKMS + ROCm user space), per the ROCm install guide. */
export function rocmStep(rocm: RocmPlan): ScriptStep {
  const body = [
    ...(rocm.kernelPackage ? [`apt_install ${shQuote(rocm.kernelPackage)}`] : []),
    "local secure_boot",
    "secure_boot=$(secure_boot_state)",
    'log "Secure Boot: $secure_boot; amdgpu builds its kernel module with DKMS"',
    // Tools the ROCm guide lists as prerequisites.
    "apt_install libatomic1 libquadmath0",
    "if ! is_installed amdgpu-install; then",
    `  download "$WORK_DIR/amdgpu-install.deb" ${shQuote(rocm.installerUrl)}`,
    '  run env DEBIAN_FRONTEND=noninteractive apt-get install -y "$WORK_DIR/amdgpu-install.deb"',
    "  run apt-get update",
    "fi",
    'if [[ "$secure_boot" == enabled ]]; then',
    "  ensure_module_key",
    "fi",
    `run amdgpu-install -y --usecase=${rocm.usecase} --gfxversion=auto`,
    'if [[ "$secure_boot" == enabled ]]; then',
    "  enrol_module_key",
    "fi",
    `run usermod -aG ${rocm.groups.join(",")} "$TARGET_USER"`,
    `record INFO ${shQuote(`AMD: ROCm ${rocm.release} for ${rocm.gfxTargets.join(", ")}; amdgpu loads after a reboot`)}`,
    // The ROCm guide: reboot after installing.
    "REBOOT_NEEDED=1",
  ];
  const name = `amdgpu-rocm-${rocm.release}-${shortHash(body.join("\n"))}`;
  return { name, fn: "install_amd_rocm", lines: shFunction("install_amd_rocm", body) };
}

// rocminfo prints one "Device Type: GPU" line per GPU agent (CPUs are agents too).
export const ROCM_VERIFY = bash`
verify_amd_gpus() {
  local rocminfo listing count
  if (( DRY_RUN )); then
    record SKIP "rocminfo: would expect $EXPECTED_GPUS GPU(s)"
    return 0
  fi
  rocminfo=$(command -v rocminfo || printf '/opt/rocm/bin/rocminfo')
  if ! listing=$("$rocminfo" 2>&1); then
    if (( REBOOT_NEEDED )); then
      record WAIT 'rocminfo: the amdgpu driver loads after a reboot'
    else
      record FAIL "rocminfo failed: $\{listing##*$'\n'}"
    fi
    return 0
  fi
  count=$(grep -cE 'Device Type:[[:space:]]+GPU' <<< "$listing" || true)
  if (( count == EXPECTED_GPUS )); then
    record PASS "rocminfo sees $count GPU(s)"
  else
    record FAIL "rocminfo sees $count GPU(s), expected $EXPECTED_GPUS"
  fi
}
`;
