/** What the generated script does to measure an item; absent for manual checks. */
export type ProbeKind =
  | "ram-total"
  | "ram-speed"
  | "drive-count"
  | "gpu-count"
  | "gpu-vram"
  | "driver-branch"
  | "pcie-gen"
  | "pcie-width"
  | "fp32-matmul"
  | "fp16-matmul"
  | "gpu-bandwidth"
  | "drive-read"
  | "smart"
  | "memtest"
  | "cpu-stress"
  | "gpu-burn"
  | "gpu-temp"
  | "gpu-throttle"
  | "mnist-mlp";

export interface Probe {
  kind: ProbeKind;
  /** Device index as nvidia-smi numbers it (one per GPU die). */
  gpu?: number;
  /** The drive the item is about, for drive-read. */
  drive?: { interface: "SATA" | "NVMe" | "SAS" | "unknown"; capacityGb: number | null };
}

export interface ExpectedValue {
  metric: string;
  value: number;
  unit: string;
  /** Pass threshold as a share of value (1 when absent). */
  minShare?: number;
  /** "lower" for times, error counts and temperatures; "higher" (the default) otherwise. */
  better?: "higher" | "lower";
}

/** A number the item is compared with in its text; estimates are derived, not measured. */
export interface ReferenceFigure {
  label: string;
  value: number;
  unit: string;
  source: string;
  estimate: boolean;
}

export interface ChecklistItem {
  /** Stable across renders of the same build, so browser checkbox state survives. */
  id: string;
  title: string;
  run: string;
  expect: string;
  judge: string;
  expected?: ExpectedValue;
  references?: ReferenceFigure[];
  probe?: Probe;
}

export interface ChecklistSection {
  id: SectionId;
  title: string;
  items: ChecklistItem[];
}

export type SectionId =
  | "before-power-on"
  | "firmware"
  | "os-driver"
  | "gpu-compute"
  | "storage"
  | "stability"
  | "dl-smoke";

export interface Checklist {
  sections: ChecklistSection[];
  /** Build-level remarks, e.g. why GPU sections are absent. */
  notes: string[];
}

export interface ChecklistOptions {
  /** Planned NVIDIA driver branch from the provisioning plan, e.g. "580" or "R580". */
  driverBranch?: string;
}
