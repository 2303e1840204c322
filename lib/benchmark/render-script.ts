import type { ResolvedBuild } from "../builds/types";
import { RESULT_SCHEMA_NAME, RESULT_SCHEMA_VERSION } from "./result-schema";
import { BASH_EMIT_FALLBACK, BASH_EMIT_PYTHON_HEAD, BASH_EMIT_PYTHON_TAIL } from "./script/bash-emit";
import { BASH_COLLECT } from "./script/bash-collect";
import { BASH_DRIVE_READ } from "./script/bash-drive-read";
import { BASH_GPU_BURN, BASH_GPU_COMPUTE_HEAD, BASH_GPU_COMPUTE_TAIL } from "./script/bash-gpu";
import { benchmarkFileNames } from "./file-names";
import { BASH_ARGS, BASH_HELPERS, BASH_USAGE } from "./script/bash-prelude";
import { BASH_SIMPLE_PROBES, BASH_SMART, BASH_STRESS } from "./script/bash-probes";
import { BASH_LLM, llmPlanRows } from "./script/bash-llm";
import { planRows } from "./script/plan";
import { pythonEmitProgram } from "./script/python-emit";
import { pythonGpuProgram } from "./script/python-gpu";
import { commentSafe, shellQuote } from "./script/shell-safe";
import { BURN_IN, MNIST_EPOCHS } from "./thresholds";
import type { Checklist } from "./types";
import { fileSafeBuild } from "../builds/file-safe-build";
import { fileSafeDeep } from "../text/file-safe";

const READ_MB = { quick: 256, full: 1024 };
/** Seconds each matmul/bandwidth timing aims for. */
const GPU_TEST_SECONDS = { quick: 1, full: 5 };

function modeSettings(): string {
  const q = BURN_IN.quick;
  const f = BURN_IN.full;
  // Limits are generous ceilings so a hung tool cannot stall the run forever.
  return [
    `if [ "$MODE" = full ]; then`,
    `  GPU_SECS=${f.gpuSeconds}; CPU_SECS=${f.cpuSeconds}; MEMTEST_MB=${f.memtesterMb}; READ_MB=${READ_MB.full}`,
    `  MEMTEST_LIMIT=7200; GPU_PY_LIMIT=3600`,
    `else`,
    `  GPU_SECS=${q.gpuSeconds}; CPU_SECS=${q.cpuSeconds}; MEMTEST_MB=${q.memtesterMb}; READ_MB=${READ_MB.quick}`,
    `  MEMTEST_LIMIT=300; GPU_PY_LIMIT=900`,
    `fi`,
  ].join("\n");
}

const MAIN = `main() {
  log "dl-box benchmark ($MODE) for build: $BUILD_NAME"
  collect_cpu_memory
  collect_os
  collect_gpus
  collect_drives
  probe_simple
  probe_drive_reads
  probe_smart
  probe_gpu_compute
  probe_llm_bench
  probe_memtest
  probe_cpu_stress
  probe_gpu_burn
}

# Every tool's output goes to stderr; stdout carries only the JSON document.
main >&2
FINISHED_AT=$(now)
# A python3 that exists but fails (a broken shim or venv) still gets a result, from the bash writer.
if have python3 &&
  emit_json_python >"$WORK/result.json" 2>"$WORK/emit.err" && [ -s "$WORK/result.json" ]; then
  cat "$WORK/result.json"
else
  if [ -s "$WORK/emit.err" ]; then log "python3 JSON writer failed, using the bash one: $(tail -n 1 "$WORK/emit.err")"; fi
  emit_json_fallback
fi
`;

/**
 * A self-contained bash script that measures what the checklist's probe items expect and prints
 * one result document (docs/benchmark-result.schema.json) on stdout.
 */
export function renderBenchmarkScript(input: ResolvedBuild, inputChecklist: Checklist, meta: { generatedAt: Date }): string {
  const build = fileSafeBuild(input);
  const checklist = fileSafeDeep(inputChecklist, "all");
  const rows = [...planRows(checklist), ...llmPlanRows()];
  const header = [
    "#!/usr/bin/env bash",
    `# dl-box benchmark for build: ${commentSafe(build.name)}`,
    `# Generated ${meta.generatedAt.toISOString()} by dl-box-planner.`,
    `# Prints one JSON document (schema ${RESULT_SCHEMA_NAME} v${RESULT_SCHEMA_VERSION}) on stdout; logs on stderr.`,
    `# Usage: bash ${commentSafe(benchmarkFileNames(build.name).script)} [--quick | --full | --install-llama-bench | --help] > result.json`,
    "# Read only: it writes nothing but one temp file, removed on exit (with --install-llama-bench it also",
    "# keeps llama.cpp and a GGUF model in ~/.cache/dl-box).",
    "set -u",
    "set -o pipefail",
    "export LC_ALL=C",
    "",
    "# The name is data: single quotes keep $(...) and backticks in it from expanding.",
    "# shellcheck disable=SC2016",
    `BUILD_NAME=${shellQuote(build.name)}`,
    "",
  ].join("\n");
  const plan = ["plan_table() {", "  cat <<'DLBOX_PLAN'", ...rows, "DLBOX_PLAN", "}", ""].join("\n");
  const gpuPython = pythonGpuProgram({
    secondsQuick: GPU_TEST_SECONDS.quick,
    secondsFull: GPU_TEST_SECONDS.full,
    epochsQuick: MNIST_EPOCHS.quick,
    epochsFull: MNIST_EPOCHS.full,
  });
  return [
    header,
    BASH_USAGE,
    BASH_ARGS,
    modeSettings(),
    "",
    BASH_HELPERS,
    plan,
    'plan_table | awk \'NF\' >"$WORK/plan.tsv"',
    "",
    BASH_COLLECT,
    BASH_SIMPLE_PROBES,
    BASH_DRIVE_READ,
    BASH_SMART,
    BASH_STRESS,
    BASH_GPU_COMPUTE_HEAD + gpuPython + BASH_GPU_COMPUTE_TAIL,
    BASH_GPU_BURN,
    BASH_LLM,
    BASH_EMIT_PYTHON_HEAD + pythonEmitProgram() + BASH_EMIT_PYTHON_TAIL,
    BASH_EMIT_FALLBACK,
    MAIN,
  ].join("\n");
}
