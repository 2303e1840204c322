import type { ResolvedBuild } from "../builds/types";
import { gpuStackSupport } from "../provisioning/gpu-stack-support";
import { buildFacts } from "./build-facts";
import { beforePowerOnSection } from "./sections/before-power-on";
import { dlSmokeSection } from "./sections/dl-smoke";
import { firmwareSection } from "./sections/firmware";
import { gpuComputeSection } from "./sections/gpu-compute";
import { osDriverSection } from "./sections/os-driver";
import { stabilitySection } from "./sections/stability";
import { storageSection } from "./sections/storage";
import type { Checklist, ChecklistOptions } from "./types";

export const NO_GPU_NOTE =
  "This build has no GPU: the driver, GPU compute, GPU burn-in and deep-learning smoke-test checks are left out.";

/** Verification steps for a freshly assembled machine, with expected values taken from its parts. */
export function buildChecklist(build: ResolvedBuild, opts: ChecklistOptions = {}): Checklist {
  const facts = buildFacts(build);
  const hasGpu = facts.gpus.length > 0;
  const sections = [
    beforePowerOnSection(facts),
    firmwareSection(facts),
    ...(hasGpu ? [osDriverSection(facts, opts), gpuComputeSection(facts)] : []),
    storageSection(facts),
    stabilitySection(facts),
    ...(hasGpu ? [dlSmokeSection(facts)] : []),
  ].filter((section) => section.items.length > 0);
  const notes: string[] = [];
  if (!hasGpu) notes.push(NO_GPU_NOTE);
  if (facts.cards.some((c) => c.specs.architecture === "Kepler")) {
    notes.push(
      "Kepler GPUs (K80) run only on driver R470 and CUDA 11.x; current PyTorch, CuPy and JAX builds no longer run on them, " +
        "so the script's compute and MNIST checks report failed or not_measured unless a pinned legacy stack is installed.",
    );
  }
  // AMD and Intel cards: the same sentence the compatibility report and the setup plan give.
  for (const card of facts.cards) {
    const support = gpuStackSupport(card.name, card.specs);
    if (support && !notes.includes(support.message)) notes.push(support.message);
  }
  if (facts.drives.length === 0) notes.push("This build lists no drives: storage checks are left out.");
  if (facts.gpuTotal > facts.gpus.length) notes.push(`Per-GPU checks cover the first ${facts.gpus.length} of ${facts.gpuTotal} GPUs.`);
  if (facts.driveTotal > facts.drives.length) notes.push(`Per-drive checks cover the first ${facts.drives.length} of ${facts.driveTotal} drives.`);
  return { sections, notes };
}
