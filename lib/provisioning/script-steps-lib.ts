import { bash } from "./bash-text";

// Once-only steps, idempotent package installs and the result list of the final summary.
export const STEP_LIBRARY = bash`
# step NAME FUNCTION: runs FUNCTION once; a marker file records that it finished.
step() {
  local name=$1
  shift
  if [[ -e "$STATE_DIR/$name.done" ]]; then
    log "skip: $name (done on an earlier run)"
    return 0
  fi
  log "==> $name"
  STEP_DEFERRED=0
  "$@"
  if (( STEP_DEFERRED )); then
    log "$name: not marked done; it runs again next time"
  else
    run touch "$STATE_DIR/$name.done"
  fi
}

is_installed() {
  [[ "$(dpkg-query -W -f="\$\{Status}" "$1" 2>/dev/null || true)" == 'install ok installed' ]]
}

apt_install() {
  local missing=() installed=() package name state
  # One dpkg-query for the whole list; a process per package made dry runs slow.
  while read -r name state; do
    if [[ "$state" == 'install ok installed' ]]; then
      installed+=("$name")
    fi
  done < <(dpkg-query -W -f="\$\{Package} \$\{Status}\n" "$@" 2> /dev/null || true)
  for package in "$@"; do
    if [[ " $\{installed[*]} " != *" $package "* ]]; then
      missing+=("$package")
    fi
  done
  if (( $\{#missing[@]} == 0 )); then
    log "already installed: $*"
    return 0
  fi
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y "$\{missing[@]}"
}

download() {
  run curl -fsSL --retry 3 -o "$1" "$2"
}

record() {
  RESULTS+=("$1  $2")
  if [[ "$1" == FAIL ]]; then
    FAILURES=$((FAILURES + 1))
  fi
}
`;
