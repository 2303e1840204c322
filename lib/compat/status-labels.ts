import type { CompatStatus } from "./types";

/** How a status reads to people: the badge, the share preview and its image say the same. */
export const STATUS_LABELS: Record<CompatStatus, string> = {
  compatible: "Compatible",
  warnings: "Compatible, with warnings",
  incompatible: "Incompatible",
  incomplete: "Incomplete",
};
