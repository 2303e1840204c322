import { finding, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

// Notes only: both combinations work, they just waste money or a feature.
export const checkOverclocking: RuleGroup = ({ ix }, out) => {
  for (const cpu of ix.parts.cpu) {
    for (const board of ix.parts.motherboard) {
      const { unlocked } = cpu.specs;
      const { overclocking, chipset } = board.specs;
      const chipsetName = chipset ? `its ${chipset} chipset` : "its chipset";
      if (unlocked === undefined || overclocking === undefined) {
        const missing: string[] = [];
        if (unlocked === undefined) missing.push(`whether ${cpu.name} is unlocked`);
        if (overclocking === undefined) missing.push(`whether ${board.name} can overclock a CPU`);
        out.push(unknownNote(RULE_IDS.cpuOverclocking, "the overclocking match", missing, [cpu, board]));
      } else if (unlocked && !overclocking) {
        out.push(
          finding(
            RULE_IDS.cpuOverclocking,
            "note",
            `${cpu.name} is unlocked, but ${board.name} cannot overclock it (${chipsetName} does not allow it); a locked CPU would cost less.`,
            [cpu, board],
          ),
        );
      } else if (!unlocked && overclocking) {
        out.push(
          finding(
            RULE_IDS.cpuOverclocking,
            "note",
            `${board.name} is an overclocking board, but ${cpu.name} is locked and cannot use that; a cheaper chipset would do.`,
            [cpu, board],
          ),
        );
      }
    }
  }
};
