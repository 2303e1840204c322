import { CATEGORY_LABELS, type Category } from "../../parts/categories";
import { countOf } from "../build-index";
import { finding, joinList, plural } from "../finding";
import { RULE_IDS } from "../rule-ids";
import { missingEssentials } from "../status";
import type { RuleGroup } from "./context";

function label(category: Category): string {
  return category === "cpu" ? "CPU" : CATEGORY_LABELS[category].toLowerCase();
}

export const checkBuildParts: RuleGroup = ({ ix }, out) => {
  const missing = missingEssentials(ix);
  if (missing.length > 0) {
    const they = missing.length === 1 ? "it is" : "they are";
    out.push(
      finding(
        RULE_IDS.buildMissingParts,
        "note",
        `The build has no ${joinList(missing.map(label), "or")} yet; it stays incomplete until ${they} added.`,
        [],
      ),
    );
  }

  // A PC has one board and one case; the rules still check every one so nothing is hidden.
  for (const category of ["motherboard", "case"] as const) {
    const entries = ix.parts[category];
    const n = countOf(entries);
    if (n > 1) {
      out.push(
        finding(
          RULE_IDS.buildMultipleParts,
          "warning",
          `The build has ${plural(n, label(category))}; a PC uses one. Each is checked against the other parts.`,
          entries,
        ),
      );
    }
  }
  if (ix.cpuCount > 1) {
    out.push(
      finding(
        RULE_IDS.buildMultipleParts,
        "note",
        `The build has ${ix.cpuCount} CPUs: that needs a dual-socket board, which the board data here does not describe.`,
        ix.parts.cpu,
      ),
    );
  }
  const psuCount = countOf(ix.parts.psu);
  if (psuCount > 1) {
    out.push(
      finding(
        RULE_IDS.buildMultipleParts,
        "note",
        `The build has ${psuCount} power supplies: their wattage is added up, which assumes a dual-PSU case and adapter.`,
        ix.parts.psu,
      ),
    );
  }
};
