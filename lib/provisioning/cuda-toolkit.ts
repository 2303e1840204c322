import { compareCc, parseCc, smName } from "./compute-capability";
import type { NvidiaGpu } from "./gpu-inventory";
import type { UbuntuRelease } from "./options";
import { RELEASES } from "./releases";
import type { CudaPlan, DriverPlan, PlanNotes } from "./types";

interface Toolkit {
  version: string;
  /** Branch of the minimum Linux driver (release notes, table 3). */
  minBranch: number;
  /** Oldest driver branch it runs on through CUDA minor-version compatibility. */
  compatBranch: number;
  /** Oldest and newest compute capability nvcc can build for. */
  minCc: string;
  maxCc: string;
  ubuntu: readonly UbuntuRelease[];
}

// Newest first. 13.1 needs the 590 driver, newer than any branch we plan. NVIDIA's ubuntu2404
// repository starts at CUDA 12.5, so 11.8 exists for 22.04 only.
export const CUDA_TOOLKITS: readonly Toolkit[] = [
  { version: "13.0", minBranch: 580, compatBranch: 580, minCc: "7.5", maxCc: "12.9", ubuntu: ["24.04", "22.04"] },
  { version: "12.9", minBranch: 575, compatBranch: 525, minCc: "5.0", maxCc: "12.9", ubuntu: ["24.04", "22.04"] },
  { version: "12.8", minBranch: 570, compatBranch: 525, minCc: "5.0", maxCc: "12.9", ubuntu: ["24.04", "22.04"] },
  { version: "12.6", minBranch: 560, compatBranch: 525, minCc: "5.0", maxCc: "9.0", ubuntu: ["24.04", "22.04"] },
  { version: "11.8", minBranch: 520, compatBranch: 450, minCc: "3.5", maxCc: "9.0", ubuntu: ["22.04"] },
];

function targets(toolkit: Toolkit, gpu: NvidiaGpu): boolean {
  const min = parseCc(toolkit.minCc);
  const max = parseCc(toolkit.maxCc);
  return !!min && !!max && gpu.ccs.every((cc) => compareCc(cc, min) >= 0 && compareCc(cc, max) <= 0);
}

function cudaRepository(os: UbuntuRelease): string {
  return `https://developer.download.nvidia.com/compute/cuda/repos/ubuntu${os.replace(".", "")}/x86_64/`;
}

/**
 * The toolkit that targets every GPU and runs on the planned driver; the PyTorch wheels' CUDA
 * version when it qualifies (so CUDA extensions build against the same version), else the newest.
 */
export function chooseCudaToolkit(
  gpus: readonly NvidiaGpu[],
  driver: DriverPlan,
  os: UbuntuRelease,
  preferred: string | null,
  notes: PlanNotes,
): CudaPlan | null {
  if (!RELEASES[os].nvidiaToolkitRepo) {
    notes.warnings.push(
      `No system CUDA toolkit on Ubuntu ${os}: NVIDIA's ubuntu${os.replace(".", "")} repository did not carry the full ` +
        "toolkit when last checked, so the frameworks use the CUDA libraries their wheels bring. For nvcc, Ubuntu's own " +
        "archive has cuda-toolkit from 26.04 on (sudo apt install cuda-toolkit; its version was not checked against your GPUs).",
    );
    return null;
  }
  const fitsGpus = CUDA_TOOLKITS.filter((t) => gpus.every((g) => targets(t, g)) && driver.branch >= t.compatBranch);
  const candidates = fitsGpus.filter((t) => t.ubuntu.includes(os));
  const oldest = gpus[0];
  if (candidates.length === 0 || !oldest) {
    const wanted = fitsGpus[0]?.version ?? "none";
    notes.warnings.push(
      `No CUDA toolkit for Ubuntu ${os} targets every GPU on driver ${driver.branch} (best: ${wanted}); ` +
        "no system toolkit (nvcc) is installed. Framework wheels bring their own CUDA runtime.",
    );
    return null;
  }
  const pick = candidates.find((t) => t.version === preferred) ?? candidates[0]!;
  const why: string[] = [];
  // Oldest newer toolkit that no longer builds for the oldest GPU: the reason we stopped there.
  const dropped = [...CUDA_TOOLKITS]
    .reverse()
    .find((t) => !targets(t, oldest) && parseFloat(t.version) > parseFloat(pick.version));
  if (dropped) {
    const major = Math.floor(parseFloat(dropped.version));
    why.push(`targets ${oldest.architecture} ${smName(oldest.cc)}, which CUDA ${major}.x dropped`);
  } else if (pick === candidates[0]) {
    why.push(`the newest toolkit the ${driver.branch} driver supports`);
  }
  if (pick.version === preferred) why.push(`matches the PyTorch wheels, so CUDA extensions build against the same version`);
  notes.reasons.push(`CUDA ${pick.version}: ${why.join("; ")}.`);
  if (driver.branch < pick.minBranch) {
    notes.warnings.push(
      `CUDA ${pick.version} runs on the ${driver.branch} driver only through CUDA minor-version compatibility ` +
        "(no PTX JIT for newer code); build for your GPU's exact architecture.",
    );
  }
  return {
    toolkit: pick.version,
    package: `cuda-toolkit-${pick.version.replace(".", "-")}`,
    repository: cudaRepository(os),
  };
}
