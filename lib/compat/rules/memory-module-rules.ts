import type { Entry } from "../build-index";
import { finding, normalizeToken, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

/** A kit's buffering: registered (RDIMM), unbuffered (DIMM/SO-DIMM), or unknown. */
function registered(kit: Entry<"memory">): boolean | undefined {
  const form = kit.specs.formFactor;
  return form === undefined ? undefined : form === "RDIMM";
}

/**
 * When a board does not say, its socket does: Threadripper 7000 (sTR5: TRX50, WRX90) and Xeon
 * W-2400/3400 (LGA4677: W790) take registered DDR5 only; the desktop sockets take unbuffered
 * DIMMs (AMD and Intel platform specifications). Other sockets stay unknown.
 */
const REGISTERED_SOCKETS = new Set(["STR5", "LGA4677"].map(normalizeToken));
const UNBUFFERED_SOCKETS = new Set(["AM4", "AM5", "LGA1150", "LGA1151", "LGA1155", "LGA1200", "LGA1700", "LGA1851"].map(normalizeToken));

export function boardTakesRegistered(specs: Entry<"motherboard">["specs"]): boolean | undefined {
  if (specs.registered !== undefined) return specs.registered;
  const socket = specs.socket === undefined ? "" : normalizeToken(specs.socket);
  if (REGISTERED_SOCKETS.has(socket)) return true;
  if (UNBUFFERED_SOCKETS.has(socket)) return false;
  return undefined;
}

/**
 * Registered and unbuffered DIMMs are keyed alike but electrically different: a board for
 * RDIMMs (TRX50, WRX90, W790: "registered ECC DDR5" in AMD's and Intel's platform specs) does
 * not train unbuffered modules, and a desktop board does not run RDIMMs. ECC modules on a board
 * without ECC work as plain memory.
 */
export const checkRegisteredMemory: RuleGroup = ({ ix }, out) => {
  for (const kit of ix.parts.memory) {
    const kitRegistered = registered(kit);
    for (const board of ix.parts.motherboard) {
      const boardRegistered = boardTakesRegistered(board.specs);
      if (kitRegistered === undefined || boardRegistered === undefined) {
        if (kitRegistered === undefined && boardRegistered === undefined) continue;
        const missing = kitRegistered === undefined ? [`whether ${kit.name} is registered`] : [`whether ${board.name} takes registered memory`];
        out.push(unknownNote(RULE_IDS.memoryRegistered, `registered against unbuffered memory for ${kit.name} on ${board.name}`, missing, [kit, board]));
      } else if (boardRegistered && !kitRegistered) {
        const msg = `${board.name} takes registered ECC memory (RDIMM); ${kit.name} is unbuffered (${kit.specs.formFactor}) and will not run on it. Choose RDIMMs of the same DDR generation.`;
        out.push(finding(RULE_IDS.memoryRegistered, "error", msg, [kit, board]));
      } else if (!boardRegistered && kitRegistered) {
        const msg = `${kit.name} is registered (RDIMM), but ${board.name} takes unbuffered DIMMs only: RDIMMs need a workstation or server board (TRX50, WRX90, W790, server chipsets).`;
        out.push(finding(RULE_IDS.memoryRegistered, "error", msg, [kit, board]));
      } else if (kit.specs.ecc === true && board.specs.ecc === false) {
        const msg = `${kit.name} is ECC memory, but ${board.name} does not support ECC: the modules work, without error correction.`;
        out.push(finding(RULE_IDS.memoryRegistered, "note", msg, [kit, board]));
      }
    }
  }
};
