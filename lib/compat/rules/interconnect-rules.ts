import type { Entry } from "../build-index";
import { finding, joinList, qtyName } from "../finding";
import { interconnect, moduleForm } from "../gpu-traits";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

/**
 * What a multi-GPU job costs without a fast GPU-to-GPU path: tensor parallelism all-reduces
 * activations after every layer, a layer (pipeline) split passes them once per stage boundary,
 * and data parallelism exchanges gradients once per step.
 */
const SPLIT_ADVICE =
  "tensor parallelism, which exchanges activations after every layer, slows down the most; prefer data parallelism for training and a layer split for inference (llama.cpp's default --split-mode layer, or pipeline parallelism in vLLM), which pass data only at stage boundaries";

export const checkGpuInterconnect: RuleGroup = ({ ix }, out) => {
  if (ix.gpuCount < 2) return;
  // Unknown vendor reads as NVIDIA, as the architecture rules do; AMD and Intel cards are out of scope.
  const nvidia: Entry<"gpu">[] = [];
  let count = 0;
  for (const g of ix.parts.gpu) {
    if ((g.specs.vendor ?? "nvidia") !== "nvidia" || moduleForm(g.name, g.specs) !== "PCIe") continue;
    nvidia.push(g);
    count += g.qty;
  }
  if (count < 2) return;
  const traits = nvidia.map((g) => interconnect(g.name, g.specs));
  const first = nvidia[0]!;
  const sameModel = nvidia.length === 1;
  const bridgeable = sameModel && traits[0]!.nvlinkBridge === true;
  let bridge: string;
  if (bridgeable) {
    const pairs = Math.floor(count / 2);
    bridge = `${qtyName(first)} can be paired with an NVLink bridge (${pairs === 1 ? "one bridge" : `${pairs} bridges, one per pair`}; NVLink on these cards links two cards, and the bridge's slot spacing must match the board's).`;
  } else if (!sameModel) {
    bridge = "NVLink bridges only pair two identical cards, so these GPUs cannot be bridged.";
  } else if (traits[0]!.nvlinkBridge === false) {
    bridge = `${first.name} has no NVLink bridge.`;
  } else {
    bridge = `Whether ${first.name} takes an NVLink bridge is unknown.`;
  }
  const noP2p = nvidia.filter((_, i) => traits[i]!.pcieP2p === false);
  const unknownP2p = nvidia.filter((_, i) => traits[i]!.pcieP2p === null);
  let p2p = "";
  if (noP2p.length > 0) {
    const one = noP2p.length === 1;
    p2p = ` ${joinList(noP2p.map((g) => g.name))} ${one ? "is a GeForce card" : "are GeForce cards"}: NVIDIA's stock driver gives ${one && noP2p[0]!.qty === 1 ? "it" : "them"} no peer-to-peer over PCIe, so GPU-to-GPU copies go through host memory${bridgeable ? " unless bridged" : ""}; ${SPLIT_ADVICE}.`;
  } else if (unknownP2p.length > 0 && !bridgeable) {
    p2p = ` Whether ${joinList(unknownP2p.map((g) => g.name))} can copy peer-to-peer over PCIe depends on the driver and the board (\`nvidia-smi topo -p2p r\` shows it); without it, GPU-to-GPU copies go through host memory and ${SPLIT_ADVICE}.`;
  } else if (!bridgeable) {
    p2p = ` Without a bridge, GPU-to-GPU traffic uses peer-to-peer over PCIe at the slots' link width; ${SPLIT_ADVICE}.`;
  }
  out.push(finding(RULE_IDS.dlGpuInterconnect, "note", bridge + p2p, nvidia));
};
