import type { Checklist, ProbeKind } from "../types";
import { planField } from "./shell-safe";

/**
 * The table the script walks: one row per measurable item,
 * "id kind gpu unit driveInterface driveSizeGb" separated by tabs, "-" for none.
 */
export function planRows(checklist: Checklist): string[] {
  return checklist.sections.flatMap((section) =>
    section.items.flatMap((item) => {
      if (!item.probe) return [];
      const { kind, gpu, drive } = item.probe;
      const unit = item.expected?.unit ?? defaultUnit(kind);
      return [[item.id, kind, gpu, unit, drive?.interface, drive?.capacityGb].map(planField).join("\t")];
    }),
  );
}

/** Units for probes whose item has no expected value (unknown specs) still must match compareResult's. */
export function defaultUnit(kind: ProbeKind): string {
  const units: Record<ProbeKind, string> = {
    "ram-total": "GB", "ram-speed": "MT/s", "drive-count": "drives", "gpu-count": "GPUs", "gpu-vram": "GB",
    "driver-branch": "branch", "pcie-gen": "gen", "pcie-width": "lanes", "fp32-matmul": "TFLOPS",
    "fp16-matmul": "TFLOPS", "gpu-bandwidth": "GB/s", "drive-read": "MB/s", smart: "drives", memtest: "errors",
    "cpu-stress": "errors", "gpu-burn": "GPUs", "gpu-temp": "C", "gpu-throttle": "samples", "mnist-mlp": "s/epoch",
  };
  return units[kind];
}
