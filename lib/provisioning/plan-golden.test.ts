import { describe, expect, it } from "vitest";
import type { UbuntuRelease } from "./options";
import { planProvisioning } from "./plan";
import { renderProvisionScript } from "./render-script";
import { ALL_FRAMEWORKS, buildWith, type GpuKey } from "./test-fixtures";

// Golden plans and scripts per NVIDIA GPU family on Ubuntu 22.04, 24.04 and 26.04, all three
// frameworks, no Docker. Sources of the expected values (abbreviated in the comments below):
//   [facts1]/[facts2]: /work/shared/reference/deep-learning-hardware-facts.md sections 1 and 2
//     (NVIDIA driver/architecture matrix, CUDA release notes, PyTorch RELEASE.md, TF and JAX docs)
//   [pt190385]: pytorch/pytorch#190385, 2.15 drops cu126 (Maxwell/Pascal/Volta)
//   [tf-bw]: tensorflow/tensorflow#89272, #99592, #101746, #111958 (TF wheels fail on sm_120)
//   [jax-cl]: JAX CHANGELOG 0.7.2 (NumPy 2 minimum) and 0.11.0 (drops Python 3.11)
//   [2604]: NVIDIA/cuda-samples#417 (no ubuntu2604 toolkit), ubuntu/ubuntu-release-notes#207
//   [470]: packages.ubuntu.com: linux-modules-nvidia-470 stops at noble's 6.11 HWE kernel
//   [cuda-repo]: NVIDIA's ubuntu2404 repository starts at CUDA 12.5 (repository listing)

type PerRelease<T> = Record<UbuntuRelease, T>;
// CUDA toolkit: none on 26.04 [2604].
const toolkit = (version: string): PerRelease<string | null> => ({ "22.04": version, "24.04": version, "26.04": null });

interface Golden {
  family: string;
  gpus: (GpuKey | [GpuKey, number])[];
  driver: string;
  cuda: PerRelease<string | null>;
  torch: string;
  tf: string;
  jax: string;
  devices: number;
  /** Releases the plan refuses, with the reason. */
  refuses?: Partial<PerRelease<RegExp>>;
  warnings?: RegExp[];
}

const GOLDEN: Golden[] = [
  {
    family: "Kepler (Tesla K80)",
    gpus: ["k80"],
    driver: "nvidia-headless-470", // R470 is Kepler's last branch [facts1]; data-centre card: headless (item 7)
    cuda: { "22.04": "11.8", "24.04": null, "26.04": null }, // 11.x last for sm_37 [facts1]; no 11.8 for 24.04 [cuda-repo]
    torch: "cu118", // 2.0-2.1 cu118 wheels carry sm_37 [facts2]
    tf: "cpu", // TF builds start at sm_60 [facts2]
    jax: "cpu", // jax[cuda12] needs CC 5.2 and driver 525 [facts2]; pinned jax<0.7.2 [jax-cl]
    devices: 2, // a K80 board is two GK210 dies [facts1 table 3]
    refuses: { "26.04": /Kepler needs the 470 driver, which has no modules for Ubuntu 26\.04's kernel/ }, // [470]
  },
  {
    family: "Maxwell (GTX 970)",
    gpus: ["gtx970"],
    driver: "nvidia-driver-580", // R580 is Maxwell's last; proprietary only [facts1]
    cuda: toolkit("12.6"), // CUDA 13 dropped Maxwell; 12.6 matches the cu126 wheels [facts1][facts2]
    torch: "cu126", // cu126 has sm_50 [facts2], pinned <2.15 [pt190385]
    tf: "cpu", // no Maxwell code in TF wheels [facts2]
    jax: "cuda12", // CC 5.2 >= 5.2 [facts2]
    devices: 1,
  },
  {
    family: "Pascal (GTX 1080 Ti)",
    gpus: ["gtx1080ti"],
    driver: "nvidia-driver-580", // [facts1]
    cuda: toolkit("12.6"), // [facts1]
    torch: "cu126", // sm_60 SASS runs 6.1 [facts2]; pinned <2.15 [pt190385]
    tf: "and-cuda", // TF SASS sm_60 [facts2]
    jax: "cuda12", // jax[cuda13] needs 7.5+ [facts2]
    devices: 1,
  },
  {
    family: "Volta (V100)",
    gpus: ["v100"],
    driver: "nvidia-headless-580", // R580 last for Volta, proprietary [facts1]; V100: data-centre, headless (item 7)
    cuda: toolkit("12.6"), // [facts1]
    torch: "cu126", // cu128 2.11 and cu130 dropped Volta [facts2]
    tf: "and-cuda", // sm_70 [facts2]
    jax: "cuda12", // [facts2]
    devices: 1,
  },
  {
    family: "Turing (RTX 2080 Ti)",
    gpus: ["rtx2080ti"],
    driver: "nvidia-driver-580-open", // open modules for Turing and newer [facts1]
    cuda: toolkit("13.0"), // 13.0 needs 580 [facts1]
    torch: "cu130", // 7.5 to 12.0 [facts2]
    tf: "and-cuda", // sm_70 SASS runs 7.5 [facts2]
    jax: "cuda13", // CC 7.5, driver 580 [facts2]
    devices: 1,
  },
  { family: "Ampere (RTX 3090)", gpus: ["rtx3090"], driver: "nvidia-driver-580-open", cuda: toolkit("13.0"), torch: "cu130", tf: "and-cuda", jax: "cuda13", devices: 1 }, // same sources as Turing
  { family: "Ada (RTX 4090)", gpus: ["rtx4090"], driver: "nvidia-driver-580-open", cuda: toolkit("13.0"), torch: "cu130", tf: "and-cuda", jax: "cuda13", devices: 1 }, // TF has sm_89 SASS [facts2]
  {
    family: "Hopper (H100 PCIe)",
    gpus: ["h100"],
    driver: "nvidia-headless-580-open", // data-centre card: headless by default (issue #14 item 7)
    cuda: toolkit("13.0"),
    torch: "cu130",
    tf: "and-cuda", // compute_90 PTX, JIT-compiled [facts2]
    jax: "cuda13",
    devices: 1,
    warnings: [/TensorFlow: no built-in code for .*H100.*JIT-compiled/],
  },
  {
    family: "Blackwell (RTX 5090)",
    gpus: ["rtx5090"],
    driver: "nvidia-driver-580-open", // Blackwell needs >= 570 and the open modules [facts1]
    cuda: toolkit("13.0"),
    torch: "cu130", // cu128+ for sm_120 [facts2]
    tf: "cpu", // official wheels fail on sm_120 [tf-bw]; no Docker chosen, so CPU
    jax: "cuda13",
    devices: 1,
    warnings: [/tensorflow\[and-cuda\] 2\.19-2\.21 wheels fail on .*RTX 5090.*CUDA_ERROR_INVALID_PTX.*installing tensorflow-cpu/],
  },
];

const RELEASES: UbuntuRelease[] = ["22.04", "24.04", "26.04"];
const AT = { generatedAt: new Date("2026-11-05T12:00:00Z") };

describe.each(RELEASES)("golden NVIDIA plans and scripts on Ubuntu %s", (os) => {
  it.each(GOLDEN)("$family", (golden) => {
    const build = buildWith(golden.gpus, { name: golden.family });
    const plan = planProvisioning(build, { ...ALL_FRAMEWORKS, os });
    const script = renderProvisionScript(build, plan, AT);
    const refusal = golden.refuses?.[os];
    if (refusal) {
      expect(plan.errors).toEqual([expect.stringMatching(refusal)]);
      expect(script).toContain("This build cannot be set up automatically");
      return;
    }
    expect(plan.errors).toEqual([]);
    expect(plan.os).toMatchObject({ version: os, codename: { "22.04": "jammy", "24.04": "noble", "26.04": "resolute" }[os] });
    expect(plan.driver?.package).toBe(golden.driver);
    expect(plan.cuda?.toolkit ?? null).toBe(golden.cuda[os]);
    const variant = (name: string) => plan.frameworks.find((f) => f.name === name)?.variant;
    expect([variant("pytorch"), variant("tensorflow"), variant("jax")]).toEqual([golden.torch, golden.tf, golden.jax]);
    expect(plan.verify.gpuDevices).toBe(golden.devices);
    for (const re of golden.warnings ?? []) expect(plan.warnings).toContainEqual(expect.stringMatching(re));

    // The script carries the same decisions.
    expect(script).toContain(`readonly PLAN_UBUNTU='${os}'`);
    expect(script).toContain(`readonly EXPECTED_GPUS=${golden.devices}`);
    expect(script).toContain(`'${plan.driver?.signedModulesPrefix}'"$flavour"`);
    expect(script).toContain("'/etc/apt/preferences.d/dl-box-nvidia-driver.pref' 644");
    expect(script).toContain(`'${plan.driver?.dkmsPackage}'`);
    const keyring = `/repos/ubuntu${os.replace(".", "")}/x86_64/cuda-keyring_1.1-1_all.deb`;
    if (golden.cuda[os]) expect(script).toContain(keyring);
    else expect(script).not.toContain("cuda-keyring");
    const torchIndex = plan.frameworks.find((f) => f.name === "pytorch")?.pip.indexUrl;
    expect(script).toContain(`--index-url '${torchIndex}'`);
    expect(script).toMatch(new RegExp(`verify_python 'pytorch \\(${golden.torch}\\)' 'deeplearn' ${golden.devices} `));
  });
});

describe("golden install commands", () => {
  it("pins cu126 below 2.15 with the matching torchvision, and uses the real extras", () => {
    const plan = planProvisioning(buildWith(["gtx1080ti"]), ALL_FRAMEWORKS);
    const install = Object.fromEntries(plan.frameworks.map((f) => [f.name, f.install]));
    expect(install).toEqual({
      // [pt190385]: 2.15 drops cu126; torchvision 0.29 pairs with torch 2.14
      pytorch: "pip install 'torch<2.15' 'torchvision<0.30' --index-url https://download.pytorch.org/whl/cu126",
      tensorflow: "pip install 'tensorflow[and-cuda]'",
      jax: "pip install 'jax[cuda12]'",
    });
    expect(plan.reasons).toContainEqual(expect.stringMatching(/torch<2\.15 .*pytorch\/pytorch#190385/));
  });

  it("holds the Kepler environment at Python 3.11 and NumPy 1, and pins JAX to the last release that fits", () => {
    const plan = planProvisioning(buildWith(["k80"]), { ...ALL_FRAMEWORKS, os: "22.04" });
    expect(plan.frameworks.find((f) => f.name === "pytorch")).toMatchObject({ version: "2.1.2", variant: "cu118", expectedDevices: 2 });
    const env = plan.environments.find((e) => e.name === "deeplearn");
    expect(env?.python).toBe("3.11");
    expect(env?.pip.every((step) => step.packages.includes("numpy<2"))).toBe(true);
    // [jax-cl]: 0.7.2 requires NumPy 2, 0.11.0 Python 3.12: 0.7.1 is the last for this environment.
    expect(plan.frameworks.find((f) => f.name === "jax")?.pip.packages).toEqual(["jax<0.7.2"]);
    expect(plan.reasons).toContainEqual(expect.stringMatching(/JAX pinned to jax<0\.7\.2/));
  });

  it("gives SXM boards the -server driver and Fabric Manager, headless", () => {
    const plan = planProvisioning(buildWith(["h100sxm"]), ALL_FRAMEWORKS);
    // nvidia-fabricmanager-580 depends on nvidia-kernel-common-580-server (packages.ubuntu.com).
    expect(plan.driver).toMatchObject({
      package: "nvidia-headless-580-server-open",
      server: true,
      headless: true,
      fabricManager: "nvidia-fabricmanager-580",
      extraPackages: ["nvidia-utils-580-server"],
      signedModulesPrefix: "linux-modules-nvidia-580-server-open-",
    });
    const script = renderProvisionScript(buildWith(["h100sxm"]), plan, AT);
    expect(script).toContain("run add-apt-repository -y 'multiverse'");
    expect(script).toContain("apt_install 'nvidia-fabricmanager-580'");
  });

  it("lets the user turn the headless driver on or off", () => {
    expect(planProvisioning(buildWith(["rtx4090"]), { ...ALL_FRAMEWORKS, headless: true }).driver?.package).toBe("nvidia-headless-580-open");
    expect(planProvisioning(buildWith(["h100"]), { ...ALL_FRAMEWORKS, headless: false }).driver?.package).toBe("nvidia-driver-580-open");
  });

  it("runs TensorFlow on Blackwell from NVIDIA's NGC container when Docker is chosen", () => {
    const build = buildWith(["rtx5090"]);
    const plan = planProvisioning(build, { ...ALL_FRAMEWORKS, docker: true });
    const tf = plan.frameworks.find((f) => f.name === "tensorflow");
    expect(tf).toMatchObject({ variant: "ngc-container", gpu: true, expectedDevices: 1, environment: "docker" });
    expect(tf?.container?.image).toBe("nvcr.io/nvidia/tensorflow:25.02-tf2-py3");
    expect(plan.environments.map((e) => e.name)).toEqual(["scienv3", "deeplearn"]);
    const script = renderProvisionScript(build, plan, AT);
    expect(script).toContain("run docker pull 'nvcr.io/nvidia/tensorflow:25.02-tf2-py3'");
    expect(script).toMatch(/verify_container 'tensorflow \(ngc-container\)' 'nvcr\.io\/nvidia\/tensorflow:25\.02-tf2-py3' 1 /);
  });
});
