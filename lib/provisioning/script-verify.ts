import { bash, shFunction } from "./bash-text";
import { DATA_SCIENCE_ENV } from "./environments";
import type { FrameworkName } from "./options";
import { shQuote } from "./shell-quote";
import type { ProvisionPlan } from "./types";

// Each check prints one line and exits non-zero unless it sees the expected device count (argv[1]).
const PYTHON_CHECKS: Record<FrameworkName | "data-science", string> = {
  pytorch:
    'import sys, torch; n = torch.cuda.device_count(); print(f"torch {torch.__version__}, CUDA {torch.version.cuda}, {n} GPU(s)"); sys.exit(n != int(sys.argv[1]))',
  tensorflow:
    'import sys, tensorflow as tf; n = len(tf.config.list_physical_devices("GPU")); print(f"tensorflow {tf.__version__}, {n} GPU(s)"); sys.exit(n != int(sys.argv[1]))',
  jax: 'import sys, jax; n = sum(d.platform == "gpu" for d in jax.devices()); print(f"jax {jax.__version__}, {n} GPU(s)"); sys.exit(n != int(sys.argv[1]))',
  "data-science":
    'import numpy, pandas, sklearn, matplotlib; print(f"numpy {numpy.__version__}, pandas {pandas.__version__}, scikit-learn {sklearn.__version__}")',
};

const HELPERS = bash`
# verify_python LABEL ENV GPU_COUNT CODE: runs CODE in the environment and records its last line.
verify_python() {
  local label=$1 env=$2 expected=$3 code=$4 output
  if (( DRY_RUN )); then
    record SKIP "$label: would import it in $env and expect $expected GPU(s)"
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

// Only scripts that install a driver carry these.
const GPU_HELPERS = bash`
gpu_driver_ready() {
  command -v nvidia-smi > /dev/null 2>&1 && nvidia-smi -L > /dev/null 2>&1
}

# Driver and kernel packages ask for a reboot through this file (update-notifier).
note_reboot() {
  if [[ -e /run/reboot-required ]] || ! gpu_driver_ready; then
    REBOOT_NEEDED=1
  fi
}

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
  return [...HELPERS.split("\n"), ...(plan.driver ? GPU_HELPERS.split("\n") : [])];
}

export function verifyFunction(plan: ProvisionPlan): string[] {
  const { cpuThreads, memoryGb } = plan.verify;
  const body = [`verify_hardware ${shQuote(String(cpuThreads ?? ""))} ${shQuote(String(memoryGb ?? ""))}`];
  if (plan.driver) body.push("verify_gpus");
  body.push(`verify_python 'data science' ${shQuote(DATA_SCIENCE_ENV)} 0 ${shQuote(PYTHON_CHECKS["data-science"])}`);
  for (const f of plan.frameworks) {
    const label = shQuote(`${f.name}${f.variant ? ` (${f.variant})` : ""}`);
    body.push(`verify_python ${label} ${shQuote(f.environment)} ${f.expectedDevices} ${shQuote(PYTHON_CHECKS[f.name])}`);
  }
  return shFunction("verify", body);
}
