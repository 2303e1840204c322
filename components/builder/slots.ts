import type { Category } from "@/lib/parts/categories";

/** The builder's slots in assembly order; "multiple" slots take several items. */
export const SLOTS: { category: Category; multiple: boolean }[] = [
  { category: "cpu", multiple: false },
  { category: "cpu-cooler", multiple: false },
  { category: "motherboard", multiple: false },
  { category: "memory", multiple: true },
  { category: "storage", multiple: true },
  { category: "gpu", multiple: true },
  { category: "case", multiple: false },
  { category: "psu", multiple: false },
  { category: "case-fan", multiple: true },
  { category: "other", multiple: true },
];
