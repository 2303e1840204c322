import { bash } from "./bash-text";

// The script's fixed library: logging, the dry-run-aware `run` wrapper, platform checks,
// once-only steps with marker files and idempotent apt installs. Expects PLAN_UBUNTU.
export const PRELUDE = bash`
# Overridable so tests can exercise the skip and platform logic without touching the system.
readonly STATE_DIR=$\{DL_BOX_STATE_DIR:-/var/lib/dl-box-setup}
readonly LOG_FILE=/var/log/dl-box-setup.log
readonly OS_RELEASE=$\{DL_BOX_OS_RELEASE:-/etc/os-release}
DRY_RUN=0
VERIFY_ONLY=0
TARGET_USER=$\{SUDO_USER:-}
TARGET_HOME=
WORK_DIR=
STEP_DEFERRED=0
REBOOT_NEEDED=0
FAILURES=0
RESULTS=()

# printf's %(...)T is a bash builtin: no date process per log line.
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }
warn() { printf '[%(%H:%M:%S)T] WARNING: %s\n' -1 "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

on_error() {
  local status=$? line=$1 command=$2
  printf 'ERROR: exit %s at line %s: %s\n' "$status" "$line" "$command" >&2
  printf 'Fix the cause and run the script again: finished steps are skipped.\n' >&2
}
trap 'on_error "$LINENO" "$BASH_COMMAND"' ERR

usage() {
  printf '%s\n' \
    "Usage: sudo bash $0 [--dry-run | --verify] [--user NAME]" \
    '' \
    'Sets up this machine as planned in the header of this file.' \
    '' \
    'Options:' \
    '  -n, --dry-run    print every command that would run; change nothing' \
    '  --verify         only run the final checks (a computation on every GPU' \
    '                   in every environment); change nothing, root not needed' \
    '  -u, --user NAME  the account that gets the Python environments' \
    '                   (default: the user who ran sudo)' \
    '  -h, --help       show this help' \
    '' \
    "Finished steps are recorded in $STATE_DIR and skipped on the next run." \
    "The log is written to $LOG_FILE."
}

parse_args() {
  while (( $# > 0 )); do
    case "$1" in
      -n | --dry-run) DRY_RUN=1 ;;
      --verify) VERIFY_ONLY=1 ;;
      -u | --user)
        (( $# >= 2 )) || die '--user needs a user name'
        TARGET_USER=$2
        shift
        ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        usage >&2
        die "unknown option: $1"
        ;;
    esac
    shift
  done
}

# Prints the command; runs it only outside --dry-run. Every change goes through here.
run() {
  if (( DRY_RUN )); then
    printf '[dry-run]'
    printf ' %q' "$@"
    printf '\n'
    return 0
  fi
  log "+ $(printf '%q ' "$@")"
  "$@"
}

# Runs a command as the target user, so the environments belong to them and not to root.
as_user() {
  if (( EUID == 0 )) && [[ "$TARGET_USER" != root ]]; then
    run sudo -u "$TARGET_USER" -H -- "$@"
  else
    run "$@"
  fi
}

# write_file PATH MODE LINE...: replaces PATH atomically with the lines.
write_file() {
  local path=$1 mode=$2
  shift 2
  if (( DRY_RUN )); then
    printf '[dry-run] write %s (mode %s):\n' "$path" "$mode"
    printf '[dry-run]   | %s\n' "$@"
    return 0
  fi
  log "+ write $path"
  printf '%s\n' "$@" > "$path.tmp"
  chmod "$mode" "$path.tmp"
  mv -f "$path.tmp" "$path"
}

problem() {
  if (( DRY_RUN )); then
    warn "$* (continuing: --dry-run)"
  else
    die "$*"
  fi
}

os_field() {
  local line
  [[ -r "$OS_RELEASE" ]] || return 0
  while IFS= read -r line; do
    if [[ "$line" == "$1="* ]]; then
      line=$\{line#*=}
      line=$\{line#\"}
      printf '%s\n' "$\{line%\"}"
      return 0
    fi
  done < "$OS_RELEASE"
}

check_platform() {
  local id version arch
  id=$(os_field ID)
  version=$(os_field VERSION_ID)
  arch=$(uname -m)
  if [[ "$id" != ubuntu || "$version" != "$PLAN_UBUNTU" ]]; then
    problem "this script is for Ubuntu $PLAN_UBUNTU; this machine runs $\{id:-unknown} $\{version:-unknown}"
  fi
  [[ "$arch" == x86_64 ]] || problem "this script is for x86_64; this machine is $arch"
  (( EUID == 0 || VERIFY_ONLY )) || problem "run it as root: sudo bash $0"
}

resolve_user() {
  if [[ -z "$TARGET_USER" ]]; then
    TARGET_USER=$(id -un)
  fi
  [[ "$TARGET_USER" =~ ^[a-z_][a-z0-9._-]*$ ]] || die "not a valid user name: $TARGET_USER"
  if [[ "$TARGET_USER" == "$(id -un)" ]]; then
    TARGET_HOME=$HOME
  else
    TARGET_HOME=$(getent passwd "$TARGET_USER" | cut -d: -f6) || true
  fi
  [[ -n "$TARGET_HOME" ]] || problem "user $TARGET_USER does not exist"
  if [[ "$TARGET_USER" == root && $DRY_RUN == 0 ]]; then
    warn 'installing the Python environments for root; use sudo from your own account or --user NAME instead'
  fi
}

start_logging() {
  if (( DRY_RUN )); then
    log 'dry run: nothing is changed and no log file is written'
    WORK_DIR=/tmp/dl-box-setup.dry-run
    return 0
  fi
  if (( VERIFY_ONLY )); then
    log 'verify only: runs the checks, changes nothing, writes no log file'
    return 0
  fi
  mkdir -p "$STATE_DIR"
  touch "$LOG_FILE"
  chmod 600 "$LOG_FILE"
  exec > >(tee -a "$LOG_FILE") 2>&1
  WORK_DIR=$(mktemp -d)
  trap 'rm -rf -- "$WORK_DIR"' EXIT
  log "log file: $LOG_FILE"
}
`;
