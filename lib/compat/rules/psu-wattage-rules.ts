import { PSU_HEADROOM_PCT } from "../../power/psu-size";
import type { Entry } from "../build-index";
import { finding, qtyName, unknownNote } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

/** The parts the estimate had to leave out, in id order so messages are stable. */
function unknownDraw(cpus: readonly Entry<"cpu">[], gpus: readonly Entry<"gpu">[]): Entry[] {
  return [...cpus.filter((c) => c.specs.tdpW === undefined), ...gpus.filter((g) => g.specs.boardPowerW === undefined)];
}

export const checkPsuWattage: RuleGroup = ({ ix, power }, out) => {
  const psus = ix.parts.psu;
  if (psus.length === 0) return;
  const psuName = psus.map(qtyName).join(" + ");
  const { estimatedW, recommendedPsuW, psuW } = power;
  const unknown = unknownDraw(ix.parts.cpu, ix.parts.gpu);
  const unknownPhrases = unknown.map((e) => `the power draw of ${e.name}`);

  if (psuW === null) {
    const missing = psus.filter((p) => p.specs.wattage === undefined).map((p) => `the wattage of ${p.name}`);
    out.push(unknownNote(RULE_IDS.psuWattage, `whether ${psuName} is large enough`, [...missing, ...unknownPhrases], [...psus, ...unknown]));
    return;
  }
  if (psuW < estimatedW) {
    const excluding = unknown.length > 0 ? `, not counting ${unknown.map((e) => e.name).join(" and ")} (draw unknown)` : "";
    const msg = `${psuName} provides ${psuW} W, but the build draws an estimated ${estimatedW} W${excluding}: choose at least ${recommendedPsuW} W.`;
    out.push(finding(RULE_IDS.psuWattage, "error", msg, [...psus, ...unknown]));
    return;
  }
  if (psuW < recommendedPsuW) {
    const msg = `${psuName} provides ${psuW} W for an estimated ${estimatedW} W: below the recommended ${recommendedPsuW} W, which keeps ${PSU_HEADROOM_PCT}% headroom for GPU power spikes.`;
    out.push(finding(RULE_IDS.psuWattage, "warning", msg, psus));
  }
  if (unknown.length > 0) {
    out.push(unknownNote(RULE_IDS.psuWattage, `whether ${psuName} is large enough`, unknownPhrases, [...psus, ...unknown]));
  }
};
