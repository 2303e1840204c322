import type { BuildFacts, GpuDevice } from "../build-facts";
import { fmt } from "../build-facts";
import { gpuVendor } from "../gpu-kind";
import { planPcieLinks, type PcieLinkPlan } from "../pcie-link";
import type { ChecklistItem, ChecklistOptions, ChecklistSection } from "../types";

/** ECC-enabled data-centre cards hide about 6% of VRAM; marketing GB vs GiB differ by less. */
export const VRAM_SHARE = 0.9;

const PCIE_QUERY =
  "nvidia-smi --query-gpu=index,pcie.link.gen.max,pcie.link.width.current --format=csv";

/** "R580", "580", "nvidia-driver-580-open" -> 580. */
export function parseDriverBranch(branch: string | undefined): number | undefined {
  const match = branch?.match(/(\d{3,4})/);
  return match ? Number(match[1]) : undefined;
}

function countText(facts: BuildFacts): string {
  const multiDie = facts.cards.filter((c) => c.dies > 1);
  const note = multiDie.length > 0 ? ` (${multiDie.map((c) => `${c.name} counts as ${c.dies}`).join(", ")})` : "";
  return `${facts.gpuTotal} GPU${facts.gpuTotal > 1 ? "s" : ""}${note}`;
}

function vramItem(gpu: GpuDevice): ChecklistItem {
  return {
    id: `os.gpu-vram.gpu${gpu.index}`,
    title: `GPU ${gpu.index} memory`,
    run: `nvidia-smi --query-gpu=index,name,memory.total --format=csv -i ${gpu.index}`,
    expect: gpu.vramGb !== undefined ? `${gpu.name}: ${fmt(gpu.vramGb)} GB.` : `${gpu.name}: VRAM unknown.`,
    judge: "Pass at 90% or more of the listed size (ECC and driver reservations take a few percent); much less means the wrong card or a failing one.",
    ...(gpu.vramGb !== undefined && {
      expected: { metric: "gpu.vramGb", value: gpu.vramGb, unit: "GB", minShare: VRAM_SHARE },
    }),
    probe: { kind: "gpu-vram", gpu: gpu.index },
  };
}

function linkItems(gpu: GpuDevice, link: PcieLinkPlan | undefined): ChecklistItem[] {
  const judge =
    "Read it while the GPU is busy or use pcie.link.gen.max: idle GPUs drop to gen 1 to save power. " +
    "A lower width than expected usually means the card sits in a chipset-wired slot; x8 costs at most about 10% in training.";
  return [
    {
      id: `os.pcie-gen.gpu${gpu.index}`,
      title: `GPU ${gpu.index} PCIe generation`,
      run: PCIE_QUERY,
      expect: link?.gen !== undefined ? `Gen ${link.gen} (lowest of GPU, board and CPU).` : "Unknown: GPU, board and CPU PCIe generations are not listed.",
      judge,
      ...(link?.gen !== undefined && { expected: { metric: "pcie.gen", value: link.gen, unit: "gen" } }),
      probe: { kind: "pcie-gen", gpu: gpu.index },
    },
    {
      id: `os.pcie-width.gpu${gpu.index}`,
      title: `GPU ${gpu.index} PCIe width`,
      run: PCIE_QUERY,
      expect: link?.width !== undefined ? `x${link.width} (${link.layout}: ${link.basis}).` : `Unknown (${link?.basis ?? "no link plan"}).`,
      judge,
      ...(link?.width !== undefined && { expected: { metric: "pcie.width", value: link.width, unit: "lanes" } }),
      probe: { kind: "pcie-width", gpu: gpu.index },
    },
  ];
}

export function osDriverSection(facts: BuildFacts, opts: ChecklistOptions): ChecklistSection {
  const links = planPcieLinks(facts);
  const branch = parseDriverBranch(opts.driverBranch);
  const nvidia = facts.gpus.some((g) => gpuVendor(g.name, g.specs) === "nvidia");
  const items: ChecklistItem[] = [
    {
      id: "os.gpu-count",
      title: "Every GPU visible to the driver",
      run: nvidia ? "nvidia-smi -L" : "rocm-smi (AMD) or the vendor's equivalent",
      expect: `${countText(facts)}.`,
      judge: "Pass when all are listed. A missing GPU: reseat it and its power plugs; check `sudo dmesg | grep -i -e nvrm -e nvidia`.",
      expected: { metric: "gpu.count", value: facts.gpuTotal, unit: "GPUs" },
      probe: { kind: "gpu-count" },
    },
    ...facts.gpus.map(vramItem),
  ];
  if (nvidia) {
    items.push({
      id: "os.driver-branch",
      title: "Driver branch as planned",
      run: "nvidia-smi --query-gpu=driver_version --format=csv,noheader",
      expect: branch !== undefined ? `Branch ${branch} (the provisioning plan's).` : "The branch the provisioning plan chose.",
      judge:
        "Pass when the driver's major version is the planned branch or newer where the plan allows it; Pascal and Volta stop at 580, Kepler at 470, " +
        "so a newer branch on those cards does not load at all.",
      ...(branch !== undefined && { expected: { metric: "driver.branch", value: branch, unit: "branch" } }),
      probe: { kind: "driver-branch" },
    });
  }
  for (const gpu of facts.gpus) items.push(...linkItems(gpu, links[gpu.cardIndex]));
  return { id: "os-driver", title: "OS and driver", items };
}
