import type { FrameworkName } from "./options";

// Python programs the verify step runs in each environment. Listing devices proves nothing: a
// wheel without code for the GPU still lists it, and fails only when a kernel runs ("no kernel
// image is available for execution on the device", CUDA_ERROR_INVALID_PTX). So each program
// runs one small computation per GPU (the CPU when it expects none), checks the result, and on
// failure prints the framework's own error as its last line. argv[1]: expected GPU count.

// sum(2 * i for i < 1024) = 1047552: exact in float32, so any wrong kernel shows.
const EXPECTED_SUM = "1047552.0";

function program(setup: string, body: string, done: string): string {
  return [
    "import sys",
    "want = int(sys.argv[1])",
    ...(setup ? setup.split("\n") : []),
    "try:",
    ...body.split("\n").map((line) => `    ${line}`),
    "except Exception as error:",
    "    lines = str(error).strip().splitlines() or [\"\"]",
    "    sys.exit(f\"{type(error).__name__}: {lines[0]}\")",
    done,
  ].join("\n");
}

const PYTORCH = program(
  "",
  [
    "import torch",
    "n = torch.cuda.device_count()",
    "api = f\"ROCm {torch.version.hip}\" if getattr(torch.version, \"hip\", None) else f\"CUDA {torch.version.cuda}\"",
    "if n != want:",
    "    sys.exit(f\"torch {torch.__version__} ({api}) sees {n} GPU(s), expected {want}\")",
    "for device in [f\"cuda:{i}\" for i in range(n)] or [\"cpu\"]:",
    "    total = float((torch.arange(1024, dtype=torch.float32, device=device) * 2).sum())",
    `    if total != ${EXPECTED_SUM}:`,
    "        sys.exit(f\"torch on {device}: wrong result {total}\")",
  ].join("\n"),
  "print(f\"torch {torch.__version__} ({api}): computed on \" + (f\"{n} GPU(s)\" if n else \"the CPU\"))",
);

const TENSORFLOW = program(
  "import os\nos.environ.setdefault(\"TF_CPP_MIN_LOG_LEVEL\", \"2\")",
  [
    "import tensorflow as tf",
    // Without this TensorFlow silently falls back to the CPU when a GPU kernel fails.
    "tf.config.set_soft_device_placement(False)",
    "n = len(tf.config.list_physical_devices(\"GPU\"))",
    "if n != want:",
    "    sys.exit(f\"tensorflow {tf.__version__} sees {n} GPU(s), expected {want}\")",
    "for device in [f\"/GPU:{i}\" for i in range(n)] or [\"/CPU:0\"]:",
    "    with tf.device(device):",
    "        total = float(tf.reduce_sum(tf.range(1024, dtype=tf.float32) * 2.0))",
    `    if total != ${EXPECTED_SUM}:`,
    "        sys.exit(f\"tensorflow on {device}: wrong result {total}\")",
  ].join("\n"),
  "print(f\"tensorflow {tf.__version__}: computed on \" + (f\"{n} GPU(s)\" if n else \"the CPU\"))",
);

const JAX = program(
  "",
  [
    "import jax",
    "import jax.numpy as jnp",
    "gpus = [d for d in jax.devices() if d.platform == \"gpu\"]",
    "n = len(gpus)",
    "if n != want:",
    "    sys.exit(f\"jax {jax.__version__} sees {n} GPU(s), expected {want}\")",
    "for device in gpus or jax.devices(\"cpu\")[:1]:",
    "    total = float((jax.device_put(jnp.arange(1024, dtype=jnp.float32), device) * 2).sum())",
    `    if total != ${EXPECTED_SUM}:`,
    "        sys.exit(f\"jax on {device}: wrong result {total}\")",
  ].join("\n"),
  "print(f\"jax {jax.__version__}: computed on \" + (f\"{n} GPU(s)\" if n else \"the CPU\"))",
);

const DATA_SCIENCE = program(
  "",
  [
    "import numpy, pandas, sklearn, matplotlib",
    "frame = pandas.DataFrame({\"x\": numpy.arange(4.0)})",
    "if float(frame[\"x\"].sum()) != 6.0:",
    "    sys.exit(\"pandas: wrong result\")",
  ].join("\n"),
  "print(f\"numpy {numpy.__version__}, pandas {pandas.__version__}, scikit-learn {sklearn.__version__}, matplotlib {matplotlib.__version__}\")",
);

export const VERIFY_PROGRAMS: Record<FrameworkName | "data-science", string> = {
  pytorch: PYTORCH,
  tensorflow: TENSORFLOW,
  jax: JAX,
  "data-science": DATA_SCIENCE,
};
