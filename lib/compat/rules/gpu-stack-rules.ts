import { gpuStackSupport } from "../../provisioning/gpu-stack-support";
import { finding } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

// AMD and Intel GPUs: whether the setup script can give them a GPU software stack (ROCm's
// supported-GPU list for AMD; nothing yet for Intel Arc). NVIDIA cards are covered by the
// architecture rules.
export const checkGpuStacks: RuleGroup = ({ ix }, out) => {
  for (const gpu of ix.parts.gpu) {
    const support = gpuStackSupport(gpu.name, gpu.specs);
    if (!support) continue;
    out.push(finding(RULE_IDS.dlGpuSoftwareStack, support.status === "supported" ? "note" : "warning", support.message, [gpu]));
  }
};
