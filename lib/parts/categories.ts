export const CATEGORIES = [
  "cpu",
  "cpu-cooler",
  "motherboard",
  "memory",
  "storage",
  "gpu",
  "case",
  "psu",
  "case-fan",
  "other",
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  cpu: "CPU",
  "cpu-cooler": "CPU cooler",
  motherboard: "Motherboard",
  memory: "Memory",
  storage: "Storage",
  gpu: "GPU",
  case: "Case",
  psu: "Power supply",
  "case-fan": "Case fan",
  other: "Other",
};

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export const PART_SOURCES = ["builtin", "imported", "user"] as const;
export type PartSource = (typeof PART_SOURCES)[number];
