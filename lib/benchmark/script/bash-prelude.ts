// Bash fragments are String.raw templates written without "${": braces would be TypeScript
// interpolation, so the script uses "$var" forms only.

// The usage line names the file as saved ($0), not a fixed name: downloads are named after the build.
export const BASH_USAGE = String.raw`usage() {
  printf 'Usage: bash %s [--quick | --full] [--install-llama-bench] > result.json
' "$(basename -- "$0")"
  cat <<'DLBOX_USAGE'

Checks this machine against the build it was generated for and prints one JSON
document (schema dl-box-benchmark, version 1) on stdout; progress goes to stderr.

  --quick   a few minutes (default): short matmul, bandwidth and MNIST MLP runs,
            short GPU burn, CPU stress and memtester passes, and a read test on a
            temp file
  --full    burn-in: long GPU burn, CPU stress and memtester passes, 20 MNIST
            epochs, and a read-only test of every drive (raw devices; needs root)
  --install-llama-bench
            download llama.cpp's Ubuntu Vulkan build and a 2 GB reference model
            (Llama 3.2 3B Q4_K_M) into ~/.cache/dl-box, then measure them
  --help    this text

Run with sudo for memory speed, SMART health and raw drive reads. Tools that are
not installed (nvidia-smi, python3 with PyTorch/CuPy/JAX, fio, smartctl, nvme,
stress-ng, memtester, gpu_burn, dmidecode) are listed under "missingTools" and
their checks reported as "not_measured". Nothing is written to any drive except
one temp file under TMPDIR, deleted on exit: set TMPDIR to a directory on the
drive the quick read test should measure. gpu_burn is looked up on PATH, then in
GPU_BURN_DIR. When llama-bench is installed (or LLAMA_BENCH names it) and a GGUF
model is at hand (DLBOX_LLM_MODEL, or the one --install-llama-bench fetched),
its prompt and generation speeds are measured too.
DLBOX_USAGE
}
`;

export const BASH_ARGS = String.raw`MODE=quick
LLM_INSTALL=0
while [ "$#" -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick ;;
    --full) MODE=full ;;
    --install-llama-bench) LLM_INSTALL=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      printf 'Unknown option: %s\n\n' "$1" >&2
      usage >&2
      exit 2
      ;;
  esac
  shift
done
`;

export const BASH_HELPERS = String.raw`log() { printf '[dl-box] %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" = 0 ]; }
now() { date -u +%Y-%m-%dT%H:%M:%SZ; }
is_num() {
  case "$1" in
    '' | *[!0-9.]* | .* | *. | *.*.*) return 1 ;;
  esac
  return 0
}
run_limited() {
  local secs=$1
  shift
  if have timeout; then timeout "$secs" "$@"; else "$@"; fi
}

WORK=$(mktemp -d -t dlbox-bench.XXXXXX) || {
  log "mktemp failed"
  exit 1
}
BG_PID=
cleanup() {
  if [ -n "$BG_PID" ]; then kill "$BG_PID" 2>/dev/null; fi
  rm -rf -- "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for f in records.tsv missing.txt meta.tsv gpus.tsv drives.tsv; do : >"$WORK/$f"; done
STARTED_AT=$(now)
GPU_BURN_DIR=$(printenv GPU_BURN_DIR || true)

# Tab-separated scratch files; notes lose tabs and newlines so every record stays one line.
clean() { printf '%s' "$1" | tr '\t\r\n' '   ' | cut -c1-900; }
meta() { printf '%s\t%s\n' "$1" "$(clean "$2")" >>"$WORK/meta.tsv"; }
meta_get() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$WORK/meta.tsv"; }
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(clean "$5")" >>"$WORK/records.tsv"; }
measured() { record "$1" measured "$2" "$3" "$4"; }
skip() { record "$1" not_measured "" "$2" "$3"; }
fail() { record "$1" failed "" "$2" "$3"; }
missing() { printf '%s\n' "$1" >>"$WORK/missing.txt"; }
rows() { awk -F'\t' -v k="$1" '$2 == k' "$WORK/plan.tsv"; }
has_rows() { [ -n "$(rows "$1")" ]; }
skip_kind() {
  local id unit
  while IFS=$'\t' read -r id _ _ unit _; do skip "$id" "$unit" "$2"; done < <(rows "$1")
}
`;
