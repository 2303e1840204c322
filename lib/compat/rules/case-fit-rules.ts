import type { BOARD_FORM_FACTORS } from "../../parts/specs";
import { finding, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

type BoardFormFactor = (typeof BOARD_FORM_FACTORS)[number];

/**
 * Smaller boards use a subset of the larger standard's mounting holes, so a case that takes a
 * form factor also takes these (ATX spec; Micro-ATX and Mini-ITX were designed as subsets).
 * SSI-EEB uses different holes from E-ATX, so neither implies the other.
 */
const ALSO_FITS: Record<BoardFormFactor, readonly BoardFormFactor[]> = {
  "Mini-ITX": [],
  "Micro-ATX": ["Mini-ITX"],
  ATX: ["Micro-ATX", "Mini-ITX"],
  "E-ATX": ["ATX", "Micro-ATX", "Mini-ITX"],
  "XL-ATX": ["ATX", "Micro-ATX", "Mini-ITX"],
  "SSI-EEB": ["ATX", "Micro-ATX", "Mini-ITX"],
};

function caseTakes(listed: readonly BoardFormFactor[], board: BoardFormFactor): boolean {
  return listed.some((f) => f === board || ALSO_FITS[f].includes(board));
}

const SMALL_PSUS = new Set(["SFX", "SFX-L"]);

export const checkCaseFit: RuleGroup = ({ ix }, out) => {
  for (const pcCase of ix.parts.case) {
    const boardFactors = pcCase.specs.motherboardFormFactors;
    for (const board of ix.parts.motherboard) {
      const formFactor = board.specs.formFactor;
      if (formFactor === undefined || boardFactors === undefined) {
        const missing: string[] = [];
        if (formFactor === undefined) missing.push(`the form factor of ${board.name}`);
        if (boardFactors === undefined) missing.push(`the board support of ${pcCase.name}`);
        out.push(unknownNote(RULE_IDS.caseBoardFormFactor, `whether ${board.name} fits ${pcCase.name}`, missing, [board, pcCase]));
      } else if (!caseTakes(boardFactors, formFactor)) {
        const msg = `${board.name} is ${formFactor}, but ${pcCase.name} takes only ${boardFactors.join(", ")} boards.`;
        out.push(finding(RULE_IDS.caseBoardFormFactor, "error", msg, [board, pcCase]));
      }
    }

    const psuFactors = pcCase.specs.psuFormFactors;
    for (const psu of ix.parts.psu) {
      const formFactor = psu.specs.formFactor;
      if (formFactor === undefined || psuFactors === undefined) {
        const missing: string[] = [];
        if (formFactor === undefined) missing.push(`the form factor of ${psu.name}`);
        if (psuFactors === undefined) missing.push(`the PSU support of ${pcCase.name}`);
        out.push(unknownNote(RULE_IDS.casePsuFormFactor, `whether ${psu.name} fits ${pcCase.name}`, missing, [psu, pcCase]));
      } else if (psuFactors.includes(formFactor)) {
        continue;
      } else if (SMALL_PSUS.has(formFactor) && psuFactors.includes("ATX")) {
        // SFX units ship with (or take) an ATX bracket: it fits, with a part to remember.
        const msg = `${psu.name} is ${formFactor}; it fits the ATX mount of ${pcCase.name} with an ${formFactor}-to-ATX bracket.`;
        out.push(finding(RULE_IDS.casePsuFormFactor, "note", msg, [psu, pcCase]));
      } else {
        const msg = `${psu.name} is ${formFactor}, but ${pcCase.name} takes only ${psuFactors.join(", ")} power supplies.`;
        out.push(finding(RULE_IDS.casePsuFormFactor, "error", msg, [psu, pcCase]));
      }
    }
  }
};
