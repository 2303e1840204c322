import { bash, continued, shFunction, shortHash } from "./bash-text";
import { DATA_SCIENCE_ENV } from "./environments";
import type { EnvManager } from "./options";
import { shQuote } from "./shell-quote";
import type { ScriptStep } from "./script-system";
import type { EnvironmentPlan, ProvisionPlan } from "./types";

// Helpers for one manager: env_dir NAME, create_env NAME PYTHON PACKAGE..., env_pip NAME ARG...
const CONDA_HELPERS = bash`
env_dir() { printf '%s\n' "$TARGET_HOME/miniforge3/envs/$1"; }

create_env() {
  local name=$1 python=$2
  shift 2
  if [[ -x "$(env_dir "$name")/bin/python" ]]; then
    log "environment $name exists"
    return 0
  fi
  as_user "$TARGET_HOME/miniforge3/bin/conda" create -y -n "$name" "python=$python" "$@"
}

env_pip() {
  local name=$1
  shift
  as_user "$(env_dir "$name")/bin/python" -m pip install "$@"
}

env_freeze() {
  user_output "$(env_dir "$1")/bin/python" -m pip list --format=freeze
}
`;

const UV_HELPERS = bash`
env_dir() { printf '%s\n' "$TARGET_HOME/envs/$1"; }

create_env() {
  local name=$1 python=$2
  shift 2
  if [[ ! -x "$(env_dir "$name")/bin/python" ]]; then
    as_user mkdir -p "$TARGET_HOME/envs"
    as_user "$TARGET_HOME/.local/bin/uv" venv --python "$python" "$(env_dir "$name")"
  fi
  env_pip "$name" "$@"
}

env_pip() {
  local name=$1
  shift
  as_user "$TARGET_HOME/.local/bin/uv" pip install --python "$(env_dir "$name")/bin/python" "$@"
}

env_freeze() {
  user_output "$TARGET_HOME/.local/bin/uv" pip freeze --python "$(env_dir "$1")/bin/python"
}
`;

// Shared by both managers: the data-science set goes in after the frameworks with every
// installed version as a constraint, so pandas & co. adapt to the framework, not the reverse.
const KEEP_HELPERS = bash`
# Runs a read-only command as the target user; its output is the function's output.
user_output() {
  if (( EUID == 0 )) && [[ "$TARGET_USER" != root ]]; then
    sudo -u "$TARGET_USER" -H -- "$@"
  else
    "$@"
  fi
}

# env_pip_keep NAME PACKAGE...: installs PACKAGEs without moving anything already installed.
env_pip_keep() {
  local name=$1 constraints
  shift
  constraints="$TARGET_HOME/.cache/dl-box-setup/$name-constraints.txt"
  if (( DRY_RUN )); then
    printf '[dry-run] freeze %s into %s\n' "$name" "$constraints"
  else
    as_user mkdir -p "$TARGET_HOME/.cache/dl-box-setup"
    env_freeze "$name" > "$constraints"
  fi
  env_pip "$name" --constraint "$constraints" "$@"
}
`;

const KERNEL_HELPER = bash`
register_kernel() {
  as_user "$(env_dir "$1")/bin/python" -m ipykernel install --user --name "$1" --display-name "Python ($1)"
}
`;

const INSTALL_MINIFORGE = bash`
local installer="$TARGET_HOME/.cache/dl-box-setup/Miniforge3-Linux-x86_64.sh"
if [[ -x "$TARGET_HOME/miniforge3/bin/conda" ]]; then
  log 'Miniforge is already installed'
  return 0
fi
as_user mkdir -p "$TARGET_HOME/.cache/dl-box-setup"
as_user curl -fsSL --retry 3 -o "$installer" 'https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh'
as_user bash "$installer" -b -p "$TARGET_HOME/miniforge3"
as_user "$TARGET_HOME/miniforge3/bin/conda" init bash`;

const INSTALL_UV = bash`
local installer="$TARGET_HOME/.cache/dl-box-setup/uv-install.sh"
if [[ -x "$TARGET_HOME/.local/bin/uv" ]]; then
  log 'uv is already installed'
  return 0
fi
as_user mkdir -p "$TARGET_HOME/.cache/dl-box-setup"
as_user curl -fsSL --retry 3 -o "$installer" 'https://astral.sh/uv/install.sh'
as_user sh "$installer"`;

function managerStep(manager: EnvManager): ScriptStep {
  const fn = manager === "conda" ? "install_miniforge" : "install_uv";
  const body = manager === "conda" ? INSTALL_MINIFORGE : INSTALL_UV;
  return { name: manager === "conda" ? "miniforge" : "uv", fn, lines: shFunction(fn, body.split("\n")) };
}

function envStep(env: EnvironmentPlan): ScriptStep {
  const fn = `setup_env_${env.name.replace(/-/g, "_")}`;
  const name = shQuote(env.name);
  const body = [...continued(`create_env ${name} ${shQuote(env.python)}`, env.packages.map(shQuote))];
  for (const step of env.pip) {
    const index = [
      ...(step.indexUrl ? [`--index-url ${shQuote(step.indexUrl)}`] : []),
      ...(step.extraIndexUrl ? [`--extra-index-url ${shQuote(step.extraIndexUrl)}`] : []),
    ];
    body.push(...continued(`${step.keepInstalled ? "env_pip_keep" : "env_pip"} ${name}`, [...step.packages.map(shQuote), ...index]));
  }
  if (env.purpose === "deep-learning") body.push(`register_kernel ${name}`);
  // The marker follows the environment's content: a changed framework choice re-runs it.
  return { name: `env-${env.name}-${shortHash(JSON.stringify(env))}`, fn, lines: shFunction(fn, body) };
}

function jupyterStep(): ScriptStep {
  const fn = "install_jupyter_service";
  return {
    name: "jupyter-service",
    fn,
    lines: shFunction(fn, [
      `local jupyter root_flag=''`,
      `jupyter="$(env_dir ${shQuote(DATA_SCIENCE_ENV)})/bin/jupyter"`,
      // Jupyter refuses to start as root unless told to; say so instead of failing at boot.
      'if [[ "$TARGET_USER" == root ]]; then',
      "  warn 'JupyterLab will run as root (--allow-root): any notebook can change the whole system'",
      "  root_flag=' --allow-root'",
      "fi",
      // Bound to localhost: a token-protected notebook server is still a remote shell.
      // After= orders the start; only Wants= makes systemd wait for the network at all.
      ...continued("write_file /etc/systemd/system/dl-box-jupyter.service 644", [
        "'[Unit]'",
        "'Description=JupyterLab (localhost only)'",
        "'Wants=network-online.target'",
        "'After=network-online.target'",
        "''",
        "'[Service]'",
        '"User=$TARGET_USER"',
        '"WorkingDirectory=$TARGET_HOME"',
        '"ExecStart=$jupyter lab --no-browser --ip=127.0.0.1 --port=8888$root_flag"',
        "'Restart=on-failure'",
        "''",
        "'[Install]'",
        "'WantedBy=multi-user.target'",
      ]),
      "run systemctl daemon-reload",
      "run systemctl enable --now dl-box-jupyter.service",
    ]),
  };
}

export interface PythonSection {
  helpers: string[];
  steps: ScriptStep[];
}

export function pythonSection(plan: ProvisionPlan): PythonSection {
  const manager = plan.options.env;
  const deepLearning = plan.environments.some((e) => e.purpose === "deep-learning");
  const helpers = [manager === "conda" ? CONDA_HELPERS : UV_HELPERS, KEEP_HELPERS, ...(deepLearning ? [KERNEL_HELPER] : [])];
  const steps = [managerStep(manager), ...plan.environments.map(envStep)];
  if (plan.services.jupyter) steps.push(jupyterStep());
  return { helpers: helpers.flatMap((h) => h.split("\n")), steps };
}
