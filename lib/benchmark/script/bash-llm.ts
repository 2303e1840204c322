import { LLM_BENCH_IDS, LLM_BENCH_MODEL } from "../../workloads/llm-bench";
import { planField } from "./shell-safe";

// The optional llama.cpp measurement; see bash-prelude.ts on the no-braces rule.

/** Plan rows for the llama-bench step ("id kind gpu unit driveInterface driveSizeGb"). */
export function llmPlanRows(): string[] {
  return [LLM_BENCH_IDS.prefill, LLM_BENCH_IDS.decode].map((id) => [id, "llm-bench", undefined, "tok/s", undefined, undefined].map(planField).join("\t"));
}

const SETTINGS = String.raw`LLAMA_BENCH_BIN=$(printenv LLAMA_BENCH || true)
DLBOX_LLM_MODEL=$(printenv DLBOX_LLM_MODEL || true)
DLBOX_CACHE="$(printenv XDG_CACHE_HOME || echo "$HOME/.cache")/dl-box"
`;

export const BASH_LLM = SETTINGS + `REF_MODEL_NAME=${LLM_BENCH_MODEL.fileName}
REF_MODEL_URL=${LLM_BENCH_MODEL.url}
` + String.raw`
# --install-llama-bench: llama.cpp's latest Ubuntu Vulkan release build and the reference model,
# into DLBOX_CACHE (the only files this script keeps). Vulkan runs on NVIDIA, AMD and Intel drivers.
install_llama_bench() {
  local url bin
  if ! have curl || ! have unzip; then
    log "--install-llama-bench needs curl and unzip"
    return 1
  fi
  mkdir -p "$DLBOX_CACHE/llama.cpp" || return 1
  if [ ! -x "$DLBOX_CACHE/llama.cpp/llama-bench" ]; then
    url=$(curl -fsSL https://api.github.com/repos/ggml-org/llama.cpp/releases/latest |
      grep -o '"browser_download_url": *"[^"]*bin-ubuntu-vulkan-x64\.zip"' | head -n 1 | sed 's/.*"\(https[^"]*\)"$/\1/')
    if [ -z "$url" ]; then
      log "no Ubuntu Vulkan build found in the latest llama.cpp release"
      return 1
    fi
    log "downloading $url"
    run_limited 900 curl -fsSL -o "$WORK/llama.zip" "$url" || return 1
    unzip -q -o "$WORK/llama.zip" -d "$DLBOX_CACHE/llama.cpp/dist" || return 1
    bin=$(find "$DLBOX_CACHE/llama.cpp/dist" -type f -name llama-bench | head -n 1)
    [ -n "$bin" ] || return 1
    chmod +x "$bin" && ln -sf "$bin" "$DLBOX_CACHE/llama.cpp/llama-bench"
  fi
  if [ ! -s "$DLBOX_CACHE/$REF_MODEL_NAME" ]; then
    log "downloading $REF_MODEL_URL (about 2 GB)"
    run_limited 3600 curl -fL -o "$DLBOX_CACHE/$REF_MODEL_NAME.part" "$REF_MODEL_URL" &&
      mv "$DLBOX_CACHE/$REF_MODEL_NAME.part" "$DLBOX_CACHE/$REF_MODEL_NAME"
  fi
}

# The first row of llama-bench's CSV whose prompt/generation counts match, its avg_ts column.
llm_csv_value() {
  awk -F, -v want="$2" 'NR == 1 { for (i = 1; i <= NF; i++) { h = $i; gsub(/"/, "", h); c[h] = i }; next }
    { gsub(/"/, ""); p = $c["n_prompt"] + 0; g = $c["n_gen"] + 0
      if ((want == "pp" && p > 0 && g == 0) || (want == "tg" && g > 0 && p == 0)) { print $c["avg_ts"]; exit } }' "$1"
}

probe_llm_bench() {
  local bin model csv backend note id unit value
  has_rows llm-bench || return 0
  if [ "$LLM_INSTALL" = 1 ]; then install_llama_bench || log "llama-bench install failed"; fi
  bin=$LLAMA_BENCH_BIN
  if [ -z "$bin" ]; then bin=$(command -v llama-bench 2>/dev/null); fi
  if [ -z "$bin" ] && [ -x "$DLBOX_CACHE/llama.cpp/llama-bench" ]; then bin="$DLBOX_CACHE/llama.cpp/llama-bench"; fi
  if [ -z "$bin" ]; then
    missing llama-bench
    skip_kind llm-bench "llama-bench not found (install llama.cpp, or run with --install-llama-bench)"
    return
  fi
  model=$DLBOX_LLM_MODEL
  if [ -z "$model" ]; then model="$DLBOX_CACHE/$REF_MODEL_NAME"; fi
  if [ ! -s "$model" ]; then
    skip_kind llm-bench "no GGUF model: set DLBOX_LLM_MODEL or run with --install-llama-bench"
    return
  fi
  log "llama-bench: $(basename "$model"), -p 512 -n 128 -ngl 99"
  csv="$WORK/llama-bench.csv"
  if ! run_limited 1200 "$bin" -m "$model" -p 512 -n 128 -ngl 99 -r 2 -o csv >"$csv" 2>"$WORK/llama-bench.err"; then
    while IFS=$'\t' read -r id _ _ unit _; do fail "$id" "$unit" "llama-bench failed: $(tail -n 1 "$WORK/llama-bench.err")"; done < <(rows llm-bench)
    return
  fi
  backend=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { h = $i; gsub(/"/, "", h); if (h == "backends" || h == "backend") c = i }; next } c { v = $c; gsub(/"/, "", v); print v; exit }' "$csv")
  note="model $(basename "$model"); backend $backend"
  while IFS=$'\t' read -r id _ _ unit _; do
    case "$id" in
      *pp512) value=$(llm_csv_value "$csv" pp) ;;
      *) value=$(llm_csv_value "$csv" tg) ;;
    esac
    if is_num "$value"; then measured "$id" "$value" "$unit" "$note"; else fail "$id" "$unit" "no such test in llama-bench's output"; fi
  done < <(rows llm-bench)
}
`;
