import { bash } from "./bash-text";

// Secure Boot and kernel-module helpers shared by the NVIDIA and AMD driver steps.
//
// Secure Boot state: `mokutil --sb-state` prints "SecureBoot enabled" / "SecureBoot disabled",
// and an error on BIOS or non-EFI systems. A module DKMS builds here loads under Secure Boot only
// once its signing key is enrolled as a MOK, which needs a person at the MOK Manager screen on
// the next boot; apt under DEBIAN_FRONTEND=noninteractive queues nothing. Ubuntu's DKMS signs
// with /var/lib/shim-signed/mok/MOK.der (created by shim-signed's update-secureboot-policy
// --new-key); upstream DKMS 3 uses /var/lib/dkms/mok.pub. `mokutil --import KEY` asks for a
// one-time password twice; at the next boot: Enroll MOK > Continue > Yes > password > Reboot.
export const SECURE_BOOT_HELPERS = bash`
readonly MOK_KEY_UBUNTU=/var/lib/shim-signed/mok/MOK.der
readonly MOK_KEY_DKMS=/var/lib/dkms/mok.pub

# Prints enabled, disabled, not-supported (BIOS boot) or unknown. Read-only: runs in --dry-run.
secure_boot_state() {
  local output
  if ! command -v mokutil > /dev/null 2>&1; then
    printf 'unknown\n'
    return 0
  fi
  output=$(mokutil --sb-state 2>&1 || true)
  case "$output" in
    *'SecureBoot enabled'*) printf 'enabled\n' ;;
    *'SecureBoot disabled'*) printf 'disabled\n' ;;
    *'not supported'* | *"doesn't support"*) printf 'not-supported\n' ;;
    *) printf 'unknown\n' ;;
  esac
}

# The installed kernel metapackage's flavour (generic-hwe-24.04, generic): Canonical's signed
# module metapackages follow it, as ubuntu-drivers does.
kernel_flavour() {
  local candidate
  for candidate in "generic-hwe-$PLAN_UBUNTU" generic; do
    if is_installed "linux-image-$candidate"; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  printf 'generic\n'
}

# The key DKMS signs modules with, or where Ubuntu's tool will create it.
module_signing_key() {
  if [[ -r "$MOK_KEY_UBUNTU" || ! -r "$MOK_KEY_DKMS" ]]; then
    printf '%s\n' "$MOK_KEY_UBUNTU"
  else
    printf '%s\n' "$MOK_KEY_DKMS"
  fi
}

# Before a DKMS build under Secure Boot: a key must exist so the module gets signed with it.
ensure_module_key() {
  if [[ -r "$MOK_KEY_UBUNTU" || -r "$MOK_KEY_DKMS" ]]; then
    return 0
  fi
  if command -v update-secureboot-policy > /dev/null 2>&1 || (( DRY_RUN )); then
    run update-secureboot-policy --new-key
  else
    log 'update-secureboot-policy is missing: DKMS creates its own signing key during the build'
  fi
}

# After a DKMS build under Secure Boot: queue the key for enrolment and say what happens next.
enrol_module_key() {
  local key
  key=$(module_signing_key)
  if [[ -r "$key" ]] && mokutil --test-key "$key" 2>&1 | grep -q 'already enrolled'; then
    record INFO "Secure Boot: the module signing key $key is already enrolled"
    return 0
  fi
  if (( DRY_RUN )); then
    printf '[dry-run] mokutil --import %q   (asks you for a one-time password)\n' "$key"
  elif [[ -t 0 ]]; then
    printf '%s\n' 'Secure Boot is on: choose a one-time password for enrolling the module signing key.' \
      'You type it again at the next boot, on the MOK Manager screen.'
    run mokutil --import "$key"
  else
    warn "no terminal to type a password: run 'sudo mokutil --import $key' yourself, then reboot"
    record FAIL "Secure Boot: key not enrolled; run: sudo mokutil --import $key, then reboot"
    STEP_DEFERRED=1
    return 0
  fi
  REBOOT_NEEDED=1
  record WAIT 'Secure Boot: at the next boot the blue MOK Manager screen appears: Enroll MOK > Continue > Yes > type the password > Reboot'
}
`;
