import type { Currency } from "../builds/currencies";
import type { CloudGpuId } from "./cloud-gpus";

/** What the provider says about interruptible capacity for this offer. */
export interface SpotTerms {
  /** Published discount range off the on-demand price, in percent; null when only "up to" is published. */
  discountPct: readonly [number, number] | null;
  note: string;
  sourceUrl: string;
}

/** One on-demand cloud offer, priced per GPU-hour, with when and where the price was seen. */
export interface CloudPreset {
  id: string;
  provider: string;
  offer: string;
  gpuId: CloudGpuId;
  /** Thousandths of the currency's minor unit per GPU-hour: $1.006/h -> 100_600. */
  milliCentsPerHour: number;
  currency: Currency;
  /** When the price was seen ("2017", "2026-11"). */
  asOf: string;
  source: string;
  sourceUrl: string;
  /** Interruptible (spot, preemptible, community) capacity, where the provider publishes terms. */
  spot: SpotTerms | null;
  /** Why this price needs checking, when the source says so. */
  caveat?: string;
}

const SNAPSHOT = "2026-11";
const THIRD_PARTY = "third-party snapshot of the provider's on-demand price (hardware facts, section 6)";
const AWS = "https://aws.amazon.com/ec2/pricing/on-demand/";
const GCP = "https://cloud.google.com/compute/gpus-pricing";
const LAMBDA = "https://lambda.ai/pricing";
const RUNPOD = "https://www.runpod.io/pricing";
const VAST = "https://vast.ai/pricing";

// Published spot terms (the providers' own pages); prices move daily, so only the terms are stored.
const AWS_SPOT: SpotTerms = {
  discountPct: null,
  note: "AWS Spot: 'up to 90% off' On-Demand, price set by supply and demand and shown per region",
  sourceUrl: "https://aws.amazon.com/ec2/spot/pricing/",
};
const GCP_SPOT: SpotTerms = {
  discountPct: [60, 91],
  note: "Google Cloud Spot VMs: 60-91% off the on-demand price for GPUs; the price can change up to once a day",
  sourceUrl: "https://cloud.google.com/spot-vms/pricing",
};

const p = (id: string, provider: string, offer: string, gpuId: CloudGpuId, usd: number, sourceUrl: string, spot: SpotTerms | null = null): CloudPreset => ({
  id, provider, offer, gpuId, milliCentsPerHour: Math.round(usd * 100_000), currency: "USD", asOf: SNAPSHOT, source: THIRD_PARTY, sourceUrl, spot,
});

/**
 * Hardware reference facts, section 6; the 2017 offer is the one the example build was weighed
 * against. AWS's P4d/P5 on-demand prices were cut by up to 45% in June 2025 (AWS announcement,
 * summarised by usage.ai, 2026): the $4.10 per-GPU P4d price in the facts predates the cut and no
 * verified current list price was available for this snapshot, so P4d and P5 are not offered as
 * presets; use "Custom price" with today's figure from the AWS page.
 */
export const CLOUD_PRESETS: readonly CloudPreset[] = [
  {
    ...p("aws-p2-xlarge-2017", "AWS", "p2.xlarge (2017)", "k80-gk210", 0.9, AWS, AWS_SPOT),
    asOf: "2017",
    source: "AWS on-demand price in 2017, the bill the example build was built to escape (its author found it high even on spot instances)",
  },
  { ...p("aws-p3-2xlarge", "AWS", "p3.2xlarge", "v100", 3.06, AWS, AWS_SPOT), caveat: "marked stale in the source snapshot: check the AWS page" },
  p("aws-g4dn", "AWS", "g4dn", "t4", 0.53, AWS, AWS_SPOT),
  p("aws-g5-xlarge", "AWS", "g5.xlarge", "a10g", 1.006, AWS, AWS_SPOT),
  p("gcp-l4", "Google Cloud", "L4", "l4", 0.71, GCP, GCP_SPOT),
  p("gcp-a100-40gb", "Google Cloud", "A100 40GB", "a100-40gb", 3.67, GCP, GCP_SPOT),
  p("gcp-a100-80gb", "Google Cloud", "A100 80GB", "a100-80gb", 5.07, GCP, GCP_SPOT),
  p("lambda-h100-sxm", "Lambda", "H100 SXM", "h100-sxm", 3.78, LAMBDA),
  p("lambda-h100-pcie", "Lambda", "H100 PCIe", "h100-pcie", 2.86, LAMBDA),
  p("lambda-a100-40gb", "Lambda", "A100 40GB", "a100-40gb", 1.48, LAMBDA),
  p("runpod-rtx-4090", "RunPod", "RTX 4090", "rtx-4090", 0.34, RUNPOD),
  p("runpod-rtx-5090", "RunPod", "RTX 5090", "rtx-5090", 0.69, RUNPOD),
  p("runpod-a100-80gb", "RunPod", "A100 80GB", "a100-80gb", 1.19, RUNPOD),
  // The snapshot does not say which H100; the PCIe card's lower figures are assumed.
  p("runpod-h100", "RunPod", "H100", "h100-pcie", 1.99, RUNPOD),
  p("vast-rtx-4090", "Vast.ai", "RTX 4090", "rtx-4090", 0.4, VAST),
  p("vast-h100", "Vast.ai", "H100", "h100-pcie", 1.8, VAST),
];

export const EXAMPLE_ERA_PRESET_ID = "aws-p2-xlarge-2017";

export function cloudPreset(id: string): CloudPreset | undefined {
  return CLOUD_PRESETS.find((preset) => preset.id === id);
}
