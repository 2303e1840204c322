import type { Category } from "./categories";

/**
 * Category names as they sit inside a sentence: lower case, but acronyms stay capitals (issue 18:
 * "Choose a gpu", "+ Add cpu"). `noun` follows "Add" and "Change"; `choose` reads "Choose …".
 */
export const CATEGORY_PHRASES: Record<Category, { noun: string; choose: string }> = {
  cpu: { noun: "CPU", choose: "a CPU" },
  "cpu-cooler": { noun: "CPU cooler", choose: "a CPU cooler" },
  motherboard: { noun: "motherboard", choose: "a motherboard" },
  memory: { noun: "memory", choose: "memory" },
  storage: { noun: "storage", choose: "a drive" },
  gpu: { noun: "GPU", choose: "a GPU" },
  case: { noun: "case", choose: "a case" },
  psu: { noun: "power supply", choose: "a power supply" },
  "case-fan": { noun: "case fan", choose: "a case fan" },
  other: { noun: "other part", choose: "a part" },
};
