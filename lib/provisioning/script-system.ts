import { bash, continued, shFunction, shortHash } from "./bash-text";
import { shDoubleQuote, shQuote } from "./shell-quote";
import type { CudaPlan, DriverPlan, ProvisionPlan } from "./types";

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

export function driverStep(driver: DriverPlan): ScriptStep {
  const body = bash`
# The driver comes from Ubuntu's restricted component, which minimal installs may lack.
if ! grep -rqs -- restricted /etc/apt/sources.list /etc/apt/sources.list.d; then
  apt_install software-properties-common
  run add-apt-repository -y restricted
  run apt-get update
fi`.split("\n");
  const secureBoot = bash`
if command -v mokutil > /dev/null 2>&1 && mokutil --sb-state 2> /dev/null | grep -qi 'SecureBoot enabled'; then
  warn 'Secure Boot is on: enrol the driver signing key (MOK) when the firmware asks at the next boot'
fi
note_reboot`.split("\n");
  return {
    name: driver.package,
    fn: "install_nvidia_driver",
    lines: shFunction("install_nvidia_driver", [
      ...body,
      `apt_install "linux-headers-$(uname -r)" ${shQuote(driver.package)}`,
      ...secureBoot,
    ]),
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
  if (plan.services.sshHardening) {
    steps.push({ name: "ssh-hardening", fn: "harden_ssh", lines: shFunction("harden_ssh", SSH) });
  }
  return steps;
}
