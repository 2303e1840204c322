import type { ResolvedBuild } from "../builds/types";
import { continued, shFunction } from "./bash-text";
import { scriptFileName } from "./file-name";
import { PRELUDE } from "./script-prelude";
import { STEP_LIBRARY } from "./script-steps-lib";
import { renderHeader } from "./script-header";
import { pythonSection } from "./script-python";
import { driverStep } from "./script-driver";
import { rocmStep } from "./script-rocm";
import { SECURE_BOOT_HELPERS } from "./script-secure-boot";
import { baseStep, cudaStep, serviceSteps, type ScriptStep } from "./script-system";
import { verifyFunction, verifyHelpers } from "./script-verify";
import { shQuote, shValue } from "./shell-quote";
import type { ProvisionPlan } from "./types";

export interface ScriptMeta {
  /** Passed in rather than read from the clock, so the same inputs give the same script. */
  generatedAt: Date;
  buildUrl?: string;
}

function refusal(header: string[], errors: readonly string[]): string[] {
  return [
    ...header,
    "",
    "set -Eeuo pipefail",
    "",
    "printf '%s\\n' 'This build cannot be set up automatically:' >&2",
    ...continued("printf '  - %s\\n'", errors.map((e) => shValue(e, 500))).map((l, i, all) =>
      i === all.length - 1 ? `${l} >&2` : l,
    ),
    "exit 1",
  ];
}

function nextSteps(plan: ProvisionPlan, file: string): string[] {
  const first = plan.environments.find((e) => e.purpose === "deep-learning") ?? plan.environments[0];
  const activate =
    plan.options.env === "conda" ? `conda activate ${first?.name}` : `source ${first?.location}/bin/activate`;
  const lines = [`  - Open a new shell, then: ${activate}`];
  if (plan.services.jupyter) {
    lines.push("  - JupyterLab listens on 127.0.0.1:8888 only: ssh -L 8888:localhost:8888 you@this-machine");
  }
  if (plan.services.docker) {
    const test = plan.services.nvidiaContainerToolkit ? "docker run --rm --gpus all ubuntu nvidia-smi" : "docker run --rm hello-world";
    lines.push(`  - Log out and back in to use docker without sudo; try: ${test}`);
  }
  if (plan.rocm) lines.push(`  - Log out and back in: the ${plan.rocm.groups.join(" and ")} groups give you the AMD GPU devices`);
  lines.push(`  - Check the GPUs again at any time (changes nothing): bash ${file} --verify`);
  return lines;
}

function summary(plan: ProvisionPlan, file: string): string[] {
  return shFunction("print_summary", [
    `printf '\\n%s\\n' "Summary for $BUILD_NAME"`,
    `printf '  %s\\n' "\${RESULTS[@]}"`,
    ...continued("printf '%s\\n' '' 'Next steps:'", nextSteps(plan, file).map(shQuote)),
    "if (( REBOOT_NEEDED )); then",
    "  printf '%s\\n' '  - Reboot, then run this script again: it skips finished steps and checks the GPUs.'",
    "fi",
    "if (( ! DRY_RUN )); then",
    `  printf '%s\\n' "  - Log: $LOG_FILE"`,
    "fi",
  ]);
}

function main(steps: readonly ScriptStep[]): string[] {
  return shFunction("main", [
    'parse_args "$@"',
    "resolve_user",
    "check_platform",
    "start_logging",
    "if (( ! VERIFY_ONLY )); then",
    '  log "Setting up $BUILD_NAME for user $TARGET_USER"',
    ...steps.map((s) => `  step ${shQuote(s.name)} ${s.fn}`),
    "fi",
    "verify",
    "print_summary",
    "if (( FAILURES > 0 )); then",
    "  exit 1",
    "fi",
  ]);
}

export function renderProvisionScript(build: ResolvedBuild, plan: ProvisionPlan, meta: ScriptMeta): string {
  if (Number.isNaN(meta.generatedAt.getTime())) throw new RangeError("generatedAt must be a valid date");
  const header = renderHeader(build, plan, meta);
  if (plan.errors.length > 0) return `${refusal(header, plan.errors).join("\n")}\n`;

  const python = pythonSection(plan);
  const steps: ScriptStep[] = [
    baseStep(plan.systemPackages),
    ...(plan.driver ? [driverStep(plan.driver)] : []),
    ...(plan.rocm ? [rocmStep(plan.rocm)] : []),
    ...(plan.cuda ? [cudaStep(plan.cuda)] : []),
    ...python.steps,
    ...serviceSteps(plan),
  ];
  const lines = [
    ...header,
    "",
    "set -Eeuo pipefail",
    "",
    `readonly BUILD_NAME=${shValue(build.name, 120)}`,
    `readonly PLAN_UBUNTU=${shQuote(plan.os.version)}`,
    ...(plan.driver || plan.rocm ? [`readonly EXPECTED_GPUS=${plan.verify.gpuDevices}`] : []),
    "",
    ...PRELUDE.split("\n"),
    ...STEP_LIBRARY.split("\n"),
    ...python.helpers,
    ...(plan.driver || plan.rocm ? SECURE_BOOT_HELPERS.split("\n") : []),
    ...verifyHelpers(plan),
    ...steps.flatMap((s) => s.lines),
    ...verifyFunction(plan),
    ...summary(plan, scriptFileName(build.name)),
    ...main(steps),
    'main "$@"',
  ];
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
