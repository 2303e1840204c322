import type { BuildAnalysis } from "../compat/analyze";
import { STATUS_LABELS } from "../compat/status-labels";
import type { CompatStatus } from "../compat/types";
import { honestTotal, unpricedLabel } from "../pricing/honest-total";
import type { ResolvedBuild } from "./types";

/** What a pasted link unfurls to: the build's name, GPUs, total and compatibility. */
export interface SharePreview {
  name: string;
  /** "GeForce GTX 1080 Ti Founders Edition", "2 × GeForce RTX 4090"; empty without a GPU. */
  gpus: string[];
  total: string;
  status: CompatStatus;
  statusLabel: string;
  /** One line for og:description and twitter:description. */
  description: string;
}

export function sharePreview(build: ResolvedBuild, analysis: Pick<BuildAnalysis, "status" | "cost">): SharePreview {
  const gpus = build.items
    .filter((item) => item.part.category === "gpu" && item.quantity > 0)
    .map((item) => (item.quantity > 1 ? `${item.quantity} × ${item.part.name}` : item.part.name));
  const honest = honestTotal(analysis.cost);
  const total = honest.atLeast ? `at least ${honest.amount}` : honest.amount;
  const statusLabel = STATUS_LABELS[analysis.status];
  const unpriced = honest.atLeast ? ` (${unpricedLabel(honest.unpricedParts)})` : "";
  const description = `${gpus.length > 0 ? gpus.join(", ") : "No GPU yet"} · ${total}${unpriced} · ${statusLabel}. A deep-learning PC build.`;
  return { name: build.name, gpus, total, status: analysis.status, statusLabel, description };
}
