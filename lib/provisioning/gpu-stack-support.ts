import type { GpuSpecs } from "../parts/specs";
import { vendorOf } from "./gpu-vendor";
import { ROCM_RELEASE, amdModel } from "./rocm-gpus";

export interface StackSupport {
  vendor: "amd" | "intel";
  /** supported: the setup script installs a GPU stack; unsupported: CPU builds; unknown: model not recognised. */
  status: "supported" | "unsupported" | "unknown";
  message: string;
}

/**
 * What the setup script does for a non-NVIDIA GPU, in one sentence for the compatibility report,
 * the plan and the checklist alike. NVIDIA cards return null: their rules live elsewhere.
 */
export function gpuStackSupport(name: string, specs: GpuSpecs): StackSupport | null {
  const vendor = vendorOf(name, specs.architecture, specs.vendor);
  if (vendor === "intel") {
    return {
      vendor,
      status: "unsupported",
      message:
        `${name}: Intel Arc runs PyTorch through torch.xpu (wheels from download.pytorch.org/whl/xpu, Ubuntu 24.04/26.04), ` +
        "but the setup script does not install Intel's GPU stack yet, so its frameworks run on the CPU.",
    };
  }
  if (vendor !== "amd") return null;
  const model = amdModel(specs.chipset ?? name) ?? amdModel(name);
  if (!model) {
    return {
      vendor,
      status: "unknown",
      message: `${name}: not recognised as a model on ROCm ${ROCM_RELEASE}'s supported-GPU list; the setup script treats it as unsupported and installs CPU builds.`,
    };
  }
  if (model.supported) {
    return {
      vendor,
      status: "supported",
      message:
        `${name} (${model.gfx}) is on ROCm ${ROCM_RELEASE}'s supported-GPU list: the setup script installs the amdgpu driver, ROCm and ` +
        "PyTorch's ROCm wheels; TensorFlow and JAX run on the CPU in its plan.",
    };
  }
  return {
    vendor,
    status: "unsupported",
    message:
      `${name} (${model.gfx}) is not on ROCm ${ROCM_RELEASE}'s supported-GPU list, so PyTorch, TensorFlow and JAX cannot count on it ` +
      "and the setup script installs CPU builds. Supported Radeon cards include the RX 7900 XTX/XT/GRE, RX 7800/7700 XT, " +
      "RX 9070/9060 series and Radeon PRO W7900/W7800.",
  };
}
