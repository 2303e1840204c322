// Read-only drive throughput; see bash-prelude.ts on the no-braces rule.

export const BASH_DRIVE_READ = String.raw`# MB/s (10^6 bytes) read from $1 (file or device), read only, page cache bypassed.
read_mbps() {
  local target=$1 secs=$2 out
  if have fio; then
    out=$(run_limited $((secs + 30)) fio --name=seqread --filename="$target" --readonly --rw=read --bs=1M \
      --iodepth=32 --ioengine=libaio --direct=1 --runtime="$secs" --time_based --minimal 2>/dev/null)
    # Terse format field 7 is the read bandwidth in KiB/s.
    printf '%s' "$out" | awk -F';' 'NF > 7 && $7 > 0 { printf "%.0f", $7 * 1024 / 1e6 }'
    return
  fi
  run_limited $((secs + 60)) dd if="$target" of=/dev/null bs=1M count="$READ_MB" iflag=direct 2>&1 |
    awk '/copied/ { for (i = 1; i < NF; i++) if ($i == "copied,") s = $(i + 1); if (s > 0) printf "%.0f", $1 / s / 1e6 }'
}

match_drives() {
  awk -F'\t' '
    FILENAME == ARGV[1] { n++; name[n] = $1; gb[n] = $3; tran[n] = $5; next }
    $2 == "drive-read" {
      hit = ""
      for (i = 1; i <= n; i++) {
        if (used[i]) continue
        t = tran[i]
        ok = ($5 == "SATA" && (t == "sata" || t == "ata")) || ($5 == "NVMe" && t == "nvme") || ($5 == "SAS" && t == "sas") || $5 == "unknown"
        if (ok && $6 + 0 > 0) { d = gb[i] - $6; if (d < 0) d = -d; ok = d <= $6 * 0.1 }
        if (ok) { used[i] = 1; hit = name[i]; break }
      }
      print $1 "\t" $4 "\t" $5 "\t" $6 "\t" hit
    }' "$WORK/drives.tsv" "$WORK/plan.tsv"
}

probe_drive_reads() {
  local src tmp_disk tmp_mbps='' tmp_note='' id unit iface size dev mbps
  has_rows drive-read || return 0
  # Set here, not in read_mbps: that runs in a subshell.
  READ_VIA="fio, queue depth 32"
  if ! have fio; then
    missing fio
    READ_VIA="dd, queue depth 1 (install fio for a fair NVMe figure)"
  fi
  src=$(df -P "$WORK" 2>/dev/null | awk 'NR == 2 { print $1 }')
  tmp_disk=$(lsblk -n -o PKNAME "$src" 2>/dev/null | head -n 1)
  if [ -z "$tmp_disk" ]; then tmp_disk=$(lsblk -d -n -o NAME "$src" 2>/dev/null | head -n 1); fi
  log "read test: $READ_MB MB temp file in $WORK (on $src)"
  if dd if=/dev/urandom of="$WORK/read-test.bin" bs=1M count="$READ_MB" iflag=fullblock conv=fsync 2>/dev/null; then
    tmp_mbps=$(read_mbps "$WORK/read-test.bin" 5)
    tmp_note="temp file on $src: $tmp_mbps MB/s ($READ_VIA)"
  else
    tmp_note="could not write the temp file in $WORK"
  fi
  if [ -z "$tmp_mbps" ]; then tmp_note="temp file read failed on $src (O_DIRECT unsupported?)"; fi
  rm -f -- "$WORK/read-test.bin"
  while IFS=$'\t' read -r id unit iface size dev; do
    if [ -z "$dev" ]; then
      skip "$id" "$unit" "no detected drive matches $iface $size GB; $tmp_note"
    elif [ "$MODE" = full ] && is_root; then
      mbps=$(read_mbps "/dev/$dev" 20)
      if is_num "$mbps"; then measured "$id" "$mbps" "$unit" "/dev/$dev raw read, read only ($READ_VIA)"
      else fail "$id" "$unit" "reading /dev/$dev failed"; fi
    elif [ "$dev" = "$tmp_disk" ] && is_num "$tmp_mbps"; then
      measured "$id" "$tmp_mbps" "$unit" "/dev/$dev via $tmp_note"
    else
      skip "$id" "$unit" "/dev/$dev: run --full as root to read it; $tmp_note"
    fi
  done < <(match_drives)
}
`;
