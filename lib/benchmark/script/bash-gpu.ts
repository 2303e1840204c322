// GPU compute (embedded Python) and burn-in; see bash-prelude.ts on the no-braces rule.

/** Runs the Python from python-gpu.ts; the renderer puts the program between the two halves. */
export const BASH_GPU_COMPUTE_HEAD = String.raw`probe_gpu_compute() {
  local k any=''
  for k in fp32-matmul fp16-matmul gpu-bandwidth mnist-mlp; do has_rows "$k" && any=1; done
  [ -n "$any" ] || return 0
  if ! have python3; then
    missing python3
    for k in fp32-matmul fp16-matmul gpu-bandwidth mnist-mlp; do skip_kind "$k" "python3 not installed"; done
    return
  fi
  log "GPU compute: matmul, memory bandwidth and MNIST MLP (python3)"
  run_limited "$GPU_PY_LIMIT" python3 - "$WORK/plan.tsv" "$MODE" "$WORK/records.tsv" "$WORK/missing.txt" <<'DLBOX_GPU_PY' || log "GPU compute python exited with status $?"
`;

export const BASH_GPU_COMPUTE_TAIL = String.raw`DLBOX_GPU_PY
}
`;

export const BASH_GPU_BURN = String.raw`probe_gpu_burn() {
  local bin='' dir q samples log_file id unit ok bad k
  has_rows gpu-burn || return 0
  bin=$(command -v gpu_burn 2>/dev/null)
  if [ -z "$bin" ] && [ -n "$GPU_BURN_DIR" ] && [ -x "$GPU_BURN_DIR/gpu_burn" ]; then bin="$GPU_BURN_DIR/gpu_burn"; fi
  if [ -z "$bin" ]; then
    missing gpu-burn
    for k in gpu-burn gpu-temp gpu-throttle; do skip_kind "$k" "gpu-burn not found (build it from github.com/wilicc/gpu-burn; set GPU_BURN_DIR)"; done
    return
  fi
  if [ "$NVSMI_OK" != 1 ]; then
    for k in gpu-burn gpu-temp gpu-throttle; do skip_kind "$k" "$NVSMI_NOTE"; done
    return
  fi
  # Older drivers name the throttle fields clocks_throttle_reasons, newer ones clocks_event_reasons.
  q=index,temperature.gpu,clocks_throttle_reasons.hw_thermal_slowdown,clocks_throttle_reasons.sw_thermal_slowdown
  nvidia-smi --query-gpu="$q" --format=csv,noheader,nounits >/dev/null 2>&1 ||
    q=index,temperature.gpu,clocks_event_reasons.hw_thermal_slowdown,clocks_event_reasons.sw_thermal_slowdown
  samples="$WORK/gpu-samples.csv"
  log_file="$WORK/gpu-burn.log"
  nvidia-smi --query-gpu="$q" --format=csv,noheader,nounits -l 5 >"$samples" 2>/dev/null &
  BG_PID=$!
  log "gpu_burn: $GPU_SECS s on every GPU"
  dir=$(dirname "$bin")
  (cd "$dir" && run_limited $((GPU_SECS + 120)) "$bin" "$GPU_SECS") >"$log_file" 2>&1
  kill "$BG_PID" 2>/dev/null
  wait "$BG_PID" 2>/dev/null
  BG_PID=
  ok=$(grep -Ec 'GPU [0-9]+: OK' "$log_file")
  bad=$(grep -c FAULTY "$log_file")
  IFS=$'\t' read -r id _ _ unit _ < <(rows gpu-burn)
  if [ $((ok + bad)) -eq 0 ]; then fail "$id" "$unit" "gpu_burn gave no verdict: $(tail -n 1 "$log_file")"
  else measured "$id" "$bad" "$unit" "gpu_burn $GPU_SECS s: $ok OK, $bad faulty"; fi
  if [ ! -s "$samples" ]; then
    for k in gpu-temp gpu-throttle; do skip_kind "$k" "no nvidia-smi samples during the burn"; done
    return
  fi
  while IFS=$'\t' read -r id _ _ unit _; do
    measured "$id" "$(awk -F', *' '$2 + 0 > m { m = $2 + 0 } END { print m + 0 }' "$samples")" "$unit" "max over $(wc -l <"$samples") samples every 5 s"
  done < <(rows gpu-temp)
  while IFS=$'\t' read -r id _ _ unit _; do
    measured "$id" "$(awk -F', *' '$3 == "Active" { n++ } END { print n + 0 }' "$samples")" "$unit" "samples with hardware thermal slowdown; $(awk -F', *' '$4 == "Active" { n++ } END { print n + 0 }' "$samples") with software thermal slowdown (GPU Boost at its temperature target), not failed"
  done < <(rows gpu-throttle)
}
`;
