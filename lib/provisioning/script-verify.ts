import { bash, shFunction } from "./bash-text";
import { DRIVER_HELPERS } from "./script-driver";
import { ROCM_VERIFY } from "./script-rocm";
import { shQuote } from "./shell-quote";
import type { ProvisionPlan } from "./types";
import { VERIFY_PROGRAMS } from "./verify-programs";

const HELPERS = bash`
# verify_python LABEL ENV GPU_COUNT CODE: runs CODE (which computes on every GPU) in the
# environment; PASS or FAIL with the program's last line, which carries the framework's error.
verify_python() {
  local label=$1 env=$2 expected=$3 code=$4 output
  if (( DRY_RUN )); then
    if (( expected > 0 )); then
      record SKIP "$label: would compute on $expected GPU(s) in $env"
    else
      record SKIP "$label: would compute on the CPU in $env"
    fi
    return 0
  fi
  if (( REBOOT_NEEDED && expected > 0 )); then
    record WAIT "$label: checked after the reboot"
    return 0
  fi
  if output=$(as_user "$(env_dir "$env")/bin/python" -c "$code" "$expected" 2>&1); then
    record PASS "$label: $\{output##*$'\n'}"
  else
    record FAIL "$label: $\{output##*$'\n'}"
  fi
}

# verify_container LABEL IMAGE GPU_COUNT CODE: the same check inside a container.
verify_container() {
  local label=$1 image=$2 expected=$3 code=$4 output
  if (( DRY_RUN )); then
    record SKIP "$label: would compute on $expected GPU(s) in $image"
    return 0
  fi
  if (( REBOOT_NEEDED )); then
    record WAIT "$label: checked after the reboot"
    return 0
  fi
  if output=$(docker run --rm --gpus all "$image" python3 -c "$code" "$expected" 2>&1); then
    record PASS "$label: $\{output##*$'\n'}"
  else
    record FAIL "$label: $\{output##*$'\n'}"
  fi
}

verify_hardware() {
  local key value _ mem_kb=0
  if [[ -r /proc/meminfo ]]; then
    while read -r key value _; do
      if [[ "$key" == MemTotal: ]]; then
        mem_kb=$value
      fi
    done < /proc/meminfo
  fi
  record INFO "CPU threads: $(nproc --all) (build: $\{1:-unknown}); memory: $((mem_kb / 1024 / 1024)) GiB (build: $\{2:-unknown} GB)"
}
`;

const NVIDIA_VERIFY = bash`
verify_gpus() {
  local listing count
  if (( DRY_RUN )); then
    record SKIP "nvidia-smi: would expect $EXPECTED_GPUS GPU(s)"
    return 0
  fi
  if ! listing=$(nvidia-smi -L 2>&1); then
    if (( REBOOT_NEEDED )); then
      record WAIT 'nvidia-smi: the new driver loads after a reboot'
    else
      record FAIL "nvidia-smi failed: $\{listing##*$'\n'}"
    fi
    return 0
  fi
  count=$(grep -c '^GPU ' <<< "$listing" || true)
  if (( count == EXPECTED_GPUS )); then
    record PASS "nvidia-smi sees $count GPU(s)"
  else
    # A Tesla K80 board counts as two GPUs: nvidia-smi lists each die.
    record FAIL "nvidia-smi sees $count GPU(s), expected $EXPECTED_GPUS"
  fi
}
`;

export function verifyHelpers(plan: ProvisionPlan): string[] {
  return [
    ...HELPERS.split("\n"),
    ...(plan.driver ? [...DRIVER_HELPERS.split("\n"), ...NVIDIA_VERIFY.split("\n")] : []),
    ...(plan.rocm ? ROCM_VERIFY.split("\n") : []),
  ];
}

export function verifyFunction(plan: ProvisionPlan): string[] {
  const { cpuThreads, memoryGb } = plan.verify;
  const body = [`verify_hardware ${shQuote(String(cpuThreads ?? ""))} ${shQuote(String(memoryGb ?? ""))}`];
  if (plan.driver) body.push("verify_gpus");
  if (plan.rocm) body.push("verify_amd_gpus");
  const science = shQuote(VERIFY_PROGRAMS["data-science"]);
  for (const env of plan.environments) {
    body.push(`verify_python ${shQuote(`data science in ${env.name}`)} ${shQuote(env.name)} 0 ${science}`);
  }
  for (const f of plan.frameworks) {
    const label = shQuote(`${f.name}${f.variant ? ` (${f.variant})` : ""}`);
    const code = shQuote(VERIFY_PROGRAMS[f.name]);
    body.push(
      f.container
        ? `verify_container ${label} ${shQuote(f.container.image)} ${f.expectedDevices} ${code}`
        : `verify_python ${label} ${shQuote(f.environment)} ${f.expectedDevices} ${code}`,
    );
  }
  return shFunction("verify", body);
}
