import { CATEGORY_LABELS, type Category } from "../parts/categories";

/** The row label PCPartPicker uses for each of our categories (used by the exports). */
export const PCPP_LABEL: Record<Category, string> = {
  cpu: "CPU",
  "cpu-cooler": "CPU Cooler",
  motherboard: "Motherboard",
  memory: "Memory",
  storage: "Storage",
  gpu: "Video Card",
  case: "Case",
  psu: "Power Supply",
  "case-fan": "Case Fan",
  other: "Other",
};

// PCPartPicker row types we have no category for; they import as "other" with the label kept
// as the part's kind.
const OTHER_TYPES = [
  "Operating System", "Monitor", "Thermal Compound", "Wireless Network Adapter", "Sound Card",
  "Wired Network Adapter", "Keyboard", "Mouse", "Headphones", "Speakers", "UPS", "Optical Drive",
  "External Storage", "Fan Controller", "Custom", "Other", "Software", "Webcam", "Accessory",
  "Case Accessory", "Network Adapter", "Capture Card", "Cable",
];

const BY_LABEL = new Map<string, Category>();
for (const [category, label] of Object.entries(PCPP_LABEL) as Array<[Category, string]>) {
  BY_LABEL.set(label.toLowerCase(), category);
  BY_LABEL.set(CATEGORY_LABELS[category].toLowerCase(), category);
  BY_LABEL.set(category, category);
}
for (const label of OTHER_TYPES) BY_LABEL.set(label.toLowerCase(), "other");
// Spellings seen in older lists and other planners.
for (const [label, category] of [
  ["graphics card", "gpu"], ["video cards", "gpu"], ["ram", "memory"], ["processor", "cpu"],
  ["cooler", "cpu-cooler"], ["psu", "psu"], ["fan", "case-fan"], ["case fans", "case-fan"],
] as const) {
  BY_LABEL.set(label, category);
}

/** Maps a row type ("Video Card", "**CPU**" already stripped) to our category; null if unknown. */
export function categoryForType(typeLabel: string): Category | null {
  return BY_LABEL.get(typeLabel.trim().toLowerCase()) ?? null;
}
