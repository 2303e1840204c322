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
  // Unknown vendor reads as NVIDIA, as the architecture rules do; AMD and Intel cards are out of scope.
  const nvidia = ix.parts.gpu.filter((g) => (g.specs.vendor ?? "nvidia") === "nvidia" && moduleForm(g.name, g.specs) === "PCIe");
  const count = nvidia.reduce((n, g) => n + g.qty, 0);
  if (count < 2) return;
  const traits = nvidia.map((g) => ({ gpu: g, ...interconnect(g.name, g.specs) }));
  const noP2p = traits.filter((t) => t.pcieP2p === false).map((t) => t.gpu);
  const sameModel = nvidia.length === 1;
  const bridgeable = sameModel && traits[0]!.nvlinkBridge === true;
  const parts: string[] = [];
  const involved: Entry[] = nvidia;
  if (bridgeable) {
    const pairs = Math.floor(count / 2);
    parts.push(
      `${qtyName(nvidia[0]!)} can be paired with an NVLink bridge (${pairs === 1 ? "one bridge" : `${pairs} bridges, one per pair`}; NVLink on these cards links two cards, and the bridge's slot spacing must match the board's)`,
    );
  } else if (sameModel && traits[0]!.nvlinkBridge === false) {
    parts.push(`${nvidia[0]!.name} has no NVLink bridge`);
  } else if (!sameModel) {
    parts.push("NVLink bridges only pair two identical cards, so these GPUs cannot be bridged");
  } else {
    parts.push(`whether ${nvidia[0]!.name} takes an NVLink bridge is unknown`);
  }
  if (noP2p.length > 0) {
    parts.push(
      `${joinList(noP2p.map((g) => g.name))} ${noP2p.length === 1 ? "is a GeForce card" : "are GeForce cards"}: NVIDIA's stock driver gives them no peer-to-peer over PCIe, so GPU-to-GPU copies go through host memory${bridgeable ? " unless bridged" : ""}; ${SPLIT_ADVICE}`,
    );
  } else if (!bridgeable) {
    parts.push(`without a bridge, GPU-to-GPU traffic uses peer-to-peer over PCIe at the slots' link width; ${SPLIT_ADVICE}`);
  }
  const msg = `${parts[0]![0]!.toUpperCase()}${parts[0]!.slice(1)}${parts.length > 1 ? `. ${parts[1]![0]!.toUpperCase()}${parts[1]!.slice(1)}` : ""}.`;
  out.push(finding(RULE_IDS.dlGpuInterconnect, "note", msg, involved));
};
