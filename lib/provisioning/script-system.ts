import { bash, continued, shFunction, shortHash } from "./bash-text";
import { shDoubleQuote, shQuote } from "./shell-quote";
import type { CudaPlan, ProvisionPlan } from "./types";

/** One `step NAME FUNCTION` call and the function it runs. */
export interface ScriptStep {
  name: string;
  fn: string;
  lines: string[];
}

export function baseStep(packages: readonly string[]): ScriptStep {
  return {
    // The marker changes with the package list, so a changed plan installs the new ones.
    name: `base-packages-${shortHash(packages.join(" "))}`,
    fn: "install_base_packages",
    lines: shFunction("install_base_packages", ["run apt-get update", ...continued("apt_install", packages.map(shQuote))]),
  };
}

export function cudaStep(cuda: CudaPlan): ScriptStep {
  const keyring = `${cuda.repository}cuda-keyring_1.1-1_all.deb`;
  const profile = `export PATH=/usr/local/cuda-${cuda.toolkit}/bin\${PATH:+:\${PATH}}`;
  return {
    name: cuda.package,
    fn: "install_cuda_toolkit",
    lines: shFunction("install_cuda_toolkit", [
      "if ! is_installed cuda-keyring; then",
      `  download "$WORK_DIR/cuda-keyring.deb" ${shQuote(keyring)}`,
      '  run dpkg -i "$WORK_DIR/cuda-keyring.deb"',
      "  run apt-get update",
      "fi",
      `apt_install ${shQuote(cuda.package)}`,
      // nvcc lives outside the default PATH; a profile snippet adds it for login shells.
      ...continued("write_file /etc/profile.d/cuda-toolkit.sh 644", [shDoubleQuote(profile)]),
    ]),
  };
}

const DOCKER = bash`
apt_install docker.io
run systemctl enable --now docker
run usermod -aG docker "$TARGET_USER"`.split("\n");

const CONTAINER_TOOLKIT = bash`
if ! is_installed nvidia-container-toolkit; then
  download "$WORK_DIR/nvidia-container-toolkit.key" 'https://nvidia.github.io/libnvidia-container/gpgkey'
  run gpg --batch --yes --dearmor -o /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg "$WORK_DIR/nvidia-container-toolkit.key"
  write_file /etc/apt/sources.list.d/nvidia-container-toolkit.list 644 \
    'deb [signed-by=/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg] https://nvidia.github.io/libnvidia-container/stable/deb/amd64 /'
  run apt-get update
  apt_install nvidia-container-toolkit
fi
run nvidia-ctk runtime configure --runtime=docker
run systemctl restart docker`.split("\n");

// 10- sorts before cloud-init's 50-cloud-init.conf: sshd keeps the first value it reads.
const SSH = bash`
local keys="$TARGET_HOME/.ssh/authorized_keys"
apt_install openssh-server
if [[ ! -s "$keys" ]]; then
  warn "no SSH key in $keys: password logins stay on so nobody is locked out; add a key and run again"
  STEP_DEFERRED=1
  return 0
fi
write_file /etc/ssh/sshd_config.d/10-dl-box-hardening.conf 644 \
  '# Written by the dl-box setup script.' \
  'PasswordAuthentication no' \
  'KbdInteractiveAuthentication no' \
  'PermitRootLogin no'
# With socket activation (24.04 and later) sshd has not created its privilege-separation
# directory until the first connection, and sshd -t fails without it.
run install -d -m 0755 /run/sshd
run sshd -t
# 24.04 starts sshd from ssh.socket on demand; a plain reload fails while it is not running.
run systemctl try-reload-or-restart ssh`.split("\n");

export function serviceSteps(plan: ProvisionPlan): ScriptStep[] {
  const steps: ScriptStep[] = [];
  if (plan.services.docker) {
    steps.push({ name: "docker", fn: "install_docker", lines: shFunction("install_docker", DOCKER) });
  }
  if (plan.services.nvidiaContainerToolkit) {
    const fn = "install_nvidia_container_toolkit";
    steps.push({ name: "nvidia-container-toolkit", fn, lines: shFunction(fn, CONTAINER_TOOLKIT) });
  }
  const container = plan.frameworks.find((f) => f.container)?.container;
  if (container && plan.services.docker) {
    const fn = "pull_framework_container";
    steps.push({ name: `container-${shortHash(container.image)}`, fn, lines: shFunction(fn, [`run docker pull ${shQuote(container.image)}`]) });
  }
  if (plan.services.sshHardening) {
    steps.push({ name: "ssh-hardening", fn: "harden_ssh", lines: shFunction("harden_ssh", SSH) });
  }
  return steps;
}
