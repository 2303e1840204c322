import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { realPython, runScript, stubCommands, tempDir } from "./test-shell";
import { buildWith, options } from "./test-fixtures";

// The verify step runs the script's real Python programs against stand-in frameworks: a torch
// whose kernels fail the way a wheel without code for the GPU fails, one that computes, and one
// that sees no GPU. Counting devices would pass all three; running a kernel must not.

const dir = tempDir("dlbox-verify");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const python = realPython();

const build = buildWith(["gtx1080ti"], { name: "Verify box" });
const plan = planProvisioning(build, options({ frameworks: "pytorch,tensorflow" }));
const file = join(dir, "verify-box-setup.sh");
writeFileSync(file, renderProvisionScript(build, plan, { generatedAt: new Date("2026-11-05T12:00:00Z") }));
const osRelease = join(dir, "os-release");
writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="24.04"\n');

// The message PyTorch raises when its wheel has no SASS/PTX for the GPU (CUDA runtime error 209).
const NO_KERNEL = "CUDA error: no kernel image is available for execution on the device";

const FAKES: Record<string, Record<string, string>> = {
  science: {
    "numpy/__init__.py": "__version__ = '2.1.0'\ndef arange(n):\n    return [float(i) for i in range(int(n))]\n",
    "pandas/__init__.py": "__version__ = '2.2.0'\nclass _S(list):\n    def sum(self):\n        return sum(self)\nclass DataFrame(dict):\n    def __getitem__(self, k):\n        return _S(dict.__getitem__(self, k))\n",
    "sklearn/__init__.py": "__version__ = '1.5.0'\n",
    "matplotlib/__init__.py": "__version__ = '3.9.0'\n",
  },
  "torch-no-kernel": {
    "torch/__init__.py": [
      "__version__ = '2.14.0+cu126'",
      "float32 = 'float32'",
      "class version:\n    cuda = '12.6'\n    hip = None",
      "class cuda:\n    @staticmethod\n    def device_count():\n        return 1",
      "def arange(n, dtype=None, device=None):",
      `    raise RuntimeError(${JSON.stringify(`${NO_KERNEL}\nCUDA kernel errors might be asynchronously reported at some other API call.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1`)})`,
    ].join("\n"),
  },
  "torch-works": {
    "torch/__init__.py": [
      "__version__ = '2.14.0+cu126'",
      "float32 = 'float32'",
      "class version:\n    cuda = '12.6'\n    hip = None",
      "class cuda:\n    @staticmethod\n    def device_count():\n        return 1",
      "class _T(list):\n    def __mul__(self, k):\n        return _T(x * k for x in self)\n    def sum(self):\n        return sum(self)",
      "def arange(n, dtype=None, device=None):\n    assert device == 'cuda:0', device\n    return _T(float(i) for i in range(n))",
    ].join("\n"),
  },
  "torch-no-gpu": {
    "torch/__init__.py": "__version__ = '2.14.0+cpu'\nclass version:\n    cuda = None\n    hip = None\nclass cuda:\n    @staticmethod\n    def device_count():\n        return 0\n",
  },
  "tf-invalid-ptx": {
    "tensorflow/__init__.py": [
      "__version__ = '2.21.0'",
      "float32 = 'float32'",
      "class errors:\n    class InternalError(Exception):\n        pass",
      "class config:\n    @staticmethod\n    def set_soft_device_placement(on):\n        pass\n    @staticmethod\n    def list_physical_devices(kind):\n        return ['/physical_device:GPU:0']",
      "class device:\n    def __init__(self, name):\n        pass\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False",
      "def reduce_sum(x):\n    return x",
      "def range(n, dtype=None):",
      "    raise errors.InternalError(\"'cuModuleLoadData(&module, data)' failed with 'CUDA_ERROR_INVALID_PTX'\")",
    ].join("\n"),
  },
};

/** HOME with Miniforge-shaped environments whose python sees the given fake packages. */
function home(name: string, envs: Record<string, string[]>): string {
  const root = join(dir, name);
  for (const [env, fakes] of Object.entries(envs)) {
    const site = join(root, "site", env);
    for (const fake of fakes) {
      for (const [path, body] of Object.entries(FAKES[fake] ?? {})) {
        mkdirSync(join(site, path, ".."), { recursive: true });
        writeFileSync(join(site, path), body);
      }
    }
    const bin = join(root, "miniforge3", "envs", env, "bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, "python"), `#!/bin/bash\nPYTHONPATH='${site}' exec '${python}' "$@"\n`, { mode: 0o755 });
  }
  return root;
}

const nvidiaSmi = stubCommands(join(dir, "stubs"), {
  "nvidia-smi": "echo 'GPU 0: NVIDIA GeForce GTX 1080 Ti (UUID: GPU-00000000-0000-0000-0000-000000000000)'",
});

function verify(homeDir: string) {
  return runScript(file, ["--verify"], {
    HOME: homeDir,
    PATH: `${nvidiaSmi}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    DL_BOX_OS_RELEASE: osRelease,
    DL_BOX_STATE_DIR: join(dir, "state"),
  });
}

describe("verify step (--verify, stand-in frameworks)", () => {
  it("fails when PyTorch lists the GPU but has no kernel for it, with PyTorch's own error", async () => {
    const run = await verify(home("no-kernel", { scienv3: ["science"], deeplearn: ["science", "torch-no-kernel"], "deeplearn-tf": ["science", "tf-invalid-ptx"] }));
    expect(run.stdout).toContain("PASS  nvidia-smi sees 1 GPU(s)");
    expect(run.stdout).toContain(`FAIL  pytorch (cu126): RuntimeError: ${NO_KERNEL}\n`);
    expect(run.stdout).toContain("FAIL  tensorflow (and-cuda): InternalError: 'cuModuleLoadData(&module, data)' failed with 'CUDA_ERROR_INVALID_PTX'");
    expect(run.stdout).toContain("PASS  data science in deeplearn: numpy 2.1.0, pandas 2.2.0, scikit-learn 1.5.0, matplotlib 3.9.0");
    expect(run.code).toBe(1);
  });

  it("passes only when a computation on the GPU returns the right result", async () => {
    const run = await verify(home("works", { scienv3: ["science"], deeplearn: ["science", "torch-works"], "deeplearn-tf": ["science", "tf-invalid-ptx"] }));
    expect(run.stdout).toContain("PASS  pytorch (cu126): torch 2.14.0+cu126 (CUDA 12.6): computed on 1 GPU(s)");
    expect(run.stdout).toContain("PASS  data science in scienv3:");
  });

  it("fails when the framework sees fewer GPUs than the build has", async () => {
    const run = await verify(home("no-gpu", { scienv3: ["science"], deeplearn: ["science", "torch-no-gpu"], "deeplearn-tf": ["science"] }));
    expect(run.stdout).toContain("FAIL  pytorch (cu126): torch 2.14.0+cpu (CUDA None) sees 0 GPU(s), expected 1");
    // A missing framework fails with Python's own import error.
    expect(run.stdout).toContain("FAIL  tensorflow (and-cuda): ModuleNotFoundError: No module named 'tensorflow'");
    expect(run.code).toBe(1);
  });

  it("changes nothing and needs no root: no steps run, no state directory appears", async () => {
    const run = await verify(home("readonly", { scienv3: ["science"] }));
    expect(run.stdout).toContain("verify only: runs the checks, changes nothing");
    expect(run.stdout).not.toContain("==>");
    expect(run.stderr).not.toContain("run it as root");
  });
});
