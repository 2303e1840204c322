// The JSON writers; see bash-prelude.ts on the no-braces rule.

/** Python's json module when python3 exists; the renderer puts the program between head and tail. */
export const BASH_EMIT_PYTHON_HEAD = String.raw`emit_json_python() {
  python3 - "$WORK" "$MODE" "$STARTED_AT" "$FINISHED_AT" <<'DLBOX_EMIT_PY'
`;
export const BASH_EMIT_PYTHON_TAIL = String.raw`DLBOX_EMIT_PY
}
`;

/**
 * Without python3 every string is cut down to a character set that needs no JSON escaping, and
 * every number is checked before it is printed, so the document stays valid whatever tools print.
 */
export const BASH_EMIT_FALLBACK = String.raw`jstr() { printf '"%s"' "$(printf '%s' "$1" | tr -cd '[:alnum:] ._:;/+,()@=#^-' | cut -c1-900)"; }
jnum() { if is_num "$1"; then awk -v v="$1" 'BEGIN { printf "%.15g", v + 0 }'; else printf null; fi; }
jint() { case "$1" in '' | *[!0-9]*) printf null ;; *) printf '%d' "$((10#$1))" ;; esac; }
jbool() { case "$1" in 1) printf true ;; 0) printf false ;; *) printf null ;; esac; }
# Tab is whitespace to "read", so empty fields would collapse; the unit separator is not.
fields() { tr '\t' '\037' <"$1"; }
jopt() { if [ -n "$2" ]; then printf ',\n    "%s": %s' "$1" "$(jstr "$2")"; fi; }

emit_json_fallback() {
  local sep idx name mb drv gen width rota tran size model id status value unit note
  printf '{\n  "schema": "dl-box-benchmark",\n  "schemaVersion": 1,\n  "mode": %s,\n' "$(jstr "$MODE")"
  printf '  "startedAt": %s,\n  "finishedAt": %s,\n  "machine": {\n' "$(jstr "$STARTED_AT")" "$(jstr "$FINISHED_AT")"
  printf '    "cpu": {"model": %s, "cores": %s, "threads": %s},\n' "$(jstr "$(meta_get cpuModel)")" \
    "$(jint "$(meta_get cpuCores)")" "$(jint "$(meta_get cpuThreads)")"
  printf '    "memory": {"totalGb": %s, "speedMts": %s},\n    "gpus": [' "$(jnum "$(meta_get memTotalGb)")" "$(jint "$(meta_get memSpeedMts)")"
  sep=
  while IFS=$'\037' read -r idx name mb drv gen width; do
    [ "$(jint "$idx")" = null ] && continue
    printf '%s\n      {"index": %s, "name": %s, "vramMb": %s, "driver": %s, "pcieGen": %s, "pcieWidth": %s}' "$sep" \
      "$(jint "$idx")" "$(jstr "$name")" "$(jnum "$mb")" "$(jstr "$drv")" "$(jint "$gen")" "$(jint "$width")"
    sep=,
  done < <(fields "$WORK/gpus.tsv")
  printf '\n    ],\n    "drives": ['
  sep=
  while IFS=$'\037' read -r name model size rota tran; do
    printf '%s\n      {"name": %s, "model": %s, "sizeGb": %s, "rotational": %s, "transport": %s}' "$sep" \
      "$(jstr "$name")" "$(jstr "$model")" "$(jnum "$size")" "$(jbool "$rota")" "$(jstr "$tran")"
    sep=,
  done < <(fields "$WORK/drives.tsv")
  printf '\n    ],\n    "os": %s' "$(jstr "$(meta_get os)")"
  jopt driver "$(meta_get driver)"
  jopt cuda "$(meta_get cuda)"
  printf '\n  },\n  "measurements": ['
  sep=
  while IFS=$'\037' read -r id status value unit note; do
    if [ "$status" = measured ] && ! is_num "$value"; then status=failed; fi
    if [ "$status" = measured ]; then value=$(jnum "$value"); else value=null; fi
    printf '%s\n    {"id": %s, "value": %s, "unit": %s, "status": %s, "note": %s}' "$sep" \
      "$(jstr "$id")" "$value" "$(jstr "$unit")" "$(jstr "$status")" "$(jstr "$note")"
    sep=,
  done < <(last_records | fields /dev/stdin)
  printf '\n  ],\n  "missingTools": ['
  sep=
  while read -r name; do
    printf '%s%s' "$sep" "$(jstr "$name")"
    sep=', '
  done < <(awk '!seen[$0]++' "$WORK/missing.txt")
  printf ']\n}\n'
}

# One record per plan row, in plan order: the last one written wins; rows never written are "not run".
last_records() {
  awk -F'\t' -v OFS='\t' '
    FILENAME == ARGV[1] { rec[$1] = $0; next }
    { if ($1 in rec) print rec[$1]; else print $1, "not_measured", "", $4, "not run" }' "$WORK/records.tsv" "$WORK/plan.tsv"
}
`;
