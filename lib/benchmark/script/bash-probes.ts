// Probes that need only standard tools; see bash-prelude.ts on the no-braces rule.

export const BASH_SIMPLE_PROBES = String.raw`gpu_field() { awk -F'\t' -v i="$1" -v c="$2" '$1 == i { print $c; exit }' "$WORK/gpus.tsv"; }

gpu_value() {
  local id=$1 unit=$2 value=$3 what=$4
  if [ "$NVSMI_OK" != 1 ]; then skip "$id" "$unit" "$NVSMI_NOTE"
  elif is_num "$value"; then measured "$id" "$value" "$unit" "nvidia-smi"
  else skip "$id" "$unit" "nvidia-smi did not report $what"; fi
}

probe_simple() {
  local id kind gpu unit value
  while IFS=$'\t' read -r id kind gpu unit _; do
    case "$kind" in
      ram-total)
        if [ -n "$DMI_GB" ]; then measured "$id" "$DMI_GB" "$unit" "installed modules (dmidecode)"
        elif [ -n "$MEM_GB_OS" ]; then measured "$id" "$MEM_GB_OS" "$unit" "MemTotal: the OS sees a few percent less than installed"
        else skip "$id" "$unit" "no /proc/meminfo"; fi
        ;;
      ram-speed)
        if [ -n "$DMI_SPEED" ]; then measured "$id" "$DMI_SPEED" "$unit" "configured speed (dmidecode)"
        else skip "$id" "$unit" "$DMI_NOTE"; fi
        ;;
      drive-count)
        if have lsblk; then measured "$id" "$(wc -l <"$WORK/drives.tsv")" "$unit" "non-USB disks (lsblk)"
        else skip "$id" "$unit" "lsblk not installed"; fi
        ;;
      gpu-count) gpu_value "$id" "$unit" "$(wc -l <"$WORK/gpus.tsv")" "a GPU count" ;;
      gpu-vram)
        value=$(gpu_field "$gpu" 3)
        if is_num "$value"; then value=$(awk -v mb="$value" 'BEGIN { printf "%.2f", mb / 1024 }'); fi
        gpu_value "$id" "$unit" "$value" "memory.total for GPU $gpu"
        ;;
      driver-branch) gpu_value "$id" "$unit" "$(meta_get driver | cut -d. -f1)" "a driver version" ;;
      pcie-gen) gpu_value "$id" "$unit" "$(gpu_field "$gpu" 5)" "the PCIe generation of GPU $gpu" ;;
      pcie-width) gpu_value "$id" "$unit" "$(gpu_field "$gpu" 6)" "the PCIe width of GPU $gpu" ;;
    esac
  done <"$WORK/plan.tsv"
}
`;

export const BASH_SMART = String.raw`probe_smart() {
  local id unit name out bad=0 known=0 unknown=''
  has_rows smart || return 0
  IFS=$'\t' read -r id _ _ unit _ < <(rows smart)
  if ! have smartctl; then
    missing smartctl
    skip "$id" "$unit" "smartctl not installed (smartmontools)"
    return
  fi
  if ! is_root; then
    skip "$id" "$unit" "needs root (sudo)"
    return
  fi
  while IFS=$'\t' read -r name _; do
    out=$(smartctl -H "/dev/$name" 2>&1)
    case "$out" in
      *PASSED* | *"Health Status: OK"*) known=$((known + 1)) ;;
      *FAILED*) known=$((known + 1)); bad=$((bad + 1)) ;;
      *) unknown="$unknown $name" ;;
    esac
  done <"$WORK/drives.tsv"
  if [ "$known" -eq 0 ]; then skip "$id" "$unit" "no drive reported SMART health:$unknown"
  else measured "$id" "$bad" "$unit" "$known drives checked (smartctl -H); no SMART data:$unknown"; fi
}
`;

export const BASH_STRESS = String.raw`probe_memtest() {
  local id unit mb avail rc n
  has_rows memtest || return 0
  IFS=$'\t' read -r id _ _ unit _ < <(rows memtest)
  if ! have memtester; then
    missing memtester
    skip "$id" "$unit" "memtester not installed"
    return
  fi
  mb=$MEMTEST_MB
  avail=$(awk '/^MemAvailable:/ { printf "%d", $2 / 2048 }' /proc/meminfo)
  if is_num "$avail" && [ "$avail" -lt "$mb" ]; then mb=$avail; fi
  log "memtester: $mb MB, 1 loop"
  if run_limited "$MEMTEST_LIMIT" memtester "$mb"M 1 >"$WORK/memtester.log" 2>&1; then
    measured "$id" 0 "$unit" "memtester $mb MB, 1 loop"
  else
    rc=$?
    n=$(grep -c FAILURE "$WORK/memtester.log")
    if [ "$n" -gt 0 ]; then measured "$id" "$n" "$unit" "memtester $mb MB: $(grep -m 1 FAILURE "$WORK/memtester.log")"
    else fail "$id" "$unit" "memtester exited with status $rc: $(tail -n 1 "$WORK/memtester.log")"; fi
  fi
}

probe_cpu_stress() {
  local id unit rc
  has_rows cpu-stress || return 0
  IFS=$'\t' read -r id _ _ unit _ < <(rows cpu-stress)
  if ! have stress-ng; then
    missing stress-ng
    skip "$id" "$unit" "stress-ng not installed"
    return
  fi
  log "stress-ng: all CPUs for $CPU_SECS s"
  if run_limited $((CPU_SECS + 60)) stress-ng --cpu 0 --timeout "$CPU_SECS"s --metrics-brief >"$WORK/stress.log" 2>&1; then
    measured "$id" 0 "$unit" "stress-ng --cpu 0 for $CPU_SECS s"
  else
    rc=$?
    measured "$id" 1 "$unit" "stress-ng exited with status $rc: $(tail -n 1 "$WORK/stress.log")"
  fi
}
`;
