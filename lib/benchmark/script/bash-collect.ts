// Machine facts for the result's "machine" object; see bash-prelude.ts on the no-braces rule.

export const BASH_COLLECT = String.raw`collect_cpu_memory() {
  local model threads cores kb dmi
  model=$(awk -F': *' '/^(model name|Model name|Hardware)/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
  if [ -z "$model" ] && have lscpu; then model=$(lscpu | awk -F': *' '/^Model name/ { print $2; exit }'); fi
  threads=$(getconf _NPROCESSORS_ONLN 2>/dev/null)
  cores=
  if have lscpu; then cores=$(lscpu -p=CORE,SOCKET 2>/dev/null | grep -v '^#' | sort -u | wc -l); fi
  meta cpuModel "$model"
  meta cpuCores "$cores"
  meta cpuThreads "$threads"
  kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo 2>/dev/null)
  MEM_GB_OS=$(awk -v kb="$kb" 'BEGIN { if (kb > 0) printf "%.1f", kb / 1048576 }')
  DMI_GB=
  DMI_SPEED=
  DMI_NOTE=
  if ! have dmidecode; then
    missing dmidecode
    DMI_NOTE="dmidecode not installed"
  elif ! is_root; then
    DMI_NOTE="needs root (sudo) to read the DIMMs"
  else
    # Plain "Size:" lines are installed modules; "Configured Memory Speed" is what the firmware set.
    dmi=$(dmidecode -t memory 2>/dev/null | awk '
      /^[[:space:]]*Size: [0-9]+ (MB|GB|TB)/ { gb += ($3 == "MB") ? $2 / 1024 : ($3 == "TB") ? $2 * 1024 : $2 }
      /Configured (Memory|Clock) Speed: [0-9]+/ { if (speed == "") speed = $4 }
      END { printf "%s %s", (gb > 0 ? gb : "-"), (speed != "" ? speed : "-") }')
    read -r DMI_GB DMI_SPEED <<<"$dmi"
    if [ "$DMI_GB" = - ]; then DMI_GB=; fi
    if [ "$DMI_SPEED" = - ]; then DMI_SPEED=; DMI_NOTE="dmidecode lists no configured speed"; fi
  fi
  if [ -n "$DMI_GB" ]; then meta memTotalGb "$DMI_GB"; else meta memTotalGb "$MEM_GB_OS"; fi
  meta memSpeedMts "$DMI_SPEED"
}

collect_os() {
  local name
  name=$(awk -F= '$1 == "PRETTY_NAME" { gsub(/^"|"$/, "", $2); print $2 }' /etc/os-release 2>/dev/null)
  if [ -z "$name" ]; then name=$(uname -s); fi
  meta os "$name (kernel $(uname -r))"
}

NVSMI_OK=0
NVSMI_NOTE="nvidia-smi not installed (no NVIDIA driver?)"
collect_gpus() {
  local q=index,name,memory.total,driver_version
  if ! have nvidia-smi; then
    missing nvidia-smi
    return
  fi
  # pcie.link.gen.max is the link's ceiling; the current generation drops while the GPU idles.
  if nvidia-smi --query-gpu="$q",pcie.link.gen.max,pcie.link.width.current --format=csv,noheader,nounits >"$WORK/nvsmi.csv" 2>"$WORK/nvsmi.err" ||
    nvidia-smi --query-gpu="$q",pcie.link.gen.current,pcie.link.width.current --format=csv,noheader,nounits >"$WORK/nvsmi.csv" 2>"$WORK/nvsmi.err"; then
    NVSMI_OK=1
    awk -F', *' -v OFS='\t' 'NF >= 6 { print $1, $2, $3, $4, $5, $6 }' "$WORK/nvsmi.csv" >"$WORK/gpus.tsv"
    meta driver "$(awk -F'\t' 'NR == 1 { print $4 }' "$WORK/gpus.tsv")"
    meta cuda "$(nvidia-smi 2>/dev/null | sed -n 's/.*CUDA Version: *\([0-9.]*\).*/\1/p' | head -n 1)"
  else
    NVSMI_NOTE="nvidia-smi failed: $(head -c 300 "$WORK/nvsmi.err")"
    log "$NVSMI_NOTE"
  fi
}

collect_drives() {
  local name size rota type tran model gb
  if ! have lsblk; then
    missing lsblk
    return
  fi
  # USB sticks (the installer) and virtual block devices are not build drives.
  lsblk -d -b -n -r -o NAME,SIZE,ROTA,TYPE,TRAN 2>/dev/null | while read -r name size rota type tran; do
    [ "$type" = disk ] || continue
    case "$name" in loop* | ram* | zram* | fd* | sr* | nbd*) continue ;; esac
    [ "$tran" = usb ] && continue
    [ -n "$tran" ] || tran=unknown
    model=$(lsblk -d -n -r -o MODEL "/dev/$name" 2>/dev/null | head -n 1)
    model=$(printf '%b' "$model")
    gb=$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e9 }')
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$(clean "$model")" "$gb" "$rota" "$tran"
  done >"$WORK/drives.tsv"
}
`;
