/** Slot names counted from the CPU outwards on a dual-channel board: A1, A2, B1, B2. */
const DUAL_CHANNEL_4 = ["A1", "A2", "B1", "B2"];

export interface SlotAdvice {
  slots?: string[];
  text: string;
}

function ordinal(n: number): string {
  return ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"][n - 1] ?? `${n}th`;
}

/**
 * Where the board manual puts a given number of modules. Daisy-chained dual-channel boards (nearly
 * every 4-slot desktop board) want the slot at the end of each channel first, so two modules go
 * to A2/B2, the 2nd and 4th slots from the CPU; other layouts only get the general rule.
 */
export function dimmSlotAdvice(modules: number | undefined, slots: number | undefined): SlotAdvice {
  if (modules === undefined) return { text: "Module count unknown: follow the board manual's population table." };
  if (slots === undefined) {
    return { text: `${modules} module${modules > 1 ? "s" : ""}: follow the board manual's population table.` };
  }
  if (modules > slots) {
    return { text: `${modules} modules but only ${slots} slots: this build cannot seat all of them.` };
  }
  if (modules === slots) return { text: `${modules} modules in ${slots} slots: fill every slot.` };
  if (slots === 4) {
    const bySlots: Record<number, string[]> = { 1: ["A2"], 2: ["A2", "B2"], 3: ["A1", "A2", "B2"] };
    const chosen = bySlots[modules] ?? [];
    const positions = chosen.map((s) => ordinal(DUAL_CHANNEL_4.indexOf(s) + 1)).join(" and ");
    const extra = modules === 3 ? " (3 modules run partly single-channel; 2 or 4 are better)" : "";
    return {
      slots: chosen,
      text: `${modules} of 4 slots: ${chosen.join("/")}, the ${positions} slot${modules > 1 ? "s" : ""} from the CPU${extra}.`,
    };
  }
  if (slots === 2) return { slots: ["A1"], text: "1 of 2 slots: A1 (or as the manual says), one module per channel." };
  return {
    text: `${modules} of ${slots} slots: one module per channel first, in the slots the manual marks for ${modules} modules.`,
  };
}
