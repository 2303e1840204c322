import { CATEGORIES } from "../../parts/categories";
import { finding, joinList } from "../finding";
import { RULE_IDS } from "../rule-ids";
import type { RuleGroup } from "./context";

// A part saved or imported before today's bounds may carry a value no hardware has (a card
// with a billion power inputs, a board taking 1 GB). Those values were left out when the part
// was read; this says which, so "unknown" in other findings has a visible cause.
export const checkSpecBounds: RuleGroup = ({ ix }, out) => {
  for (const category of CATEGORIES) {
    for (const entry of ix.parts[category]) {
      const dropped = entry.ignoredSpecs;
      if (!dropped?.length) continue;
      const values = joinList(dropped.map((d) => `${d.key} = ${d.value}`));
      const msg = `${entry.name}: ${values} ${dropped.length === 1 ? "is" : "are"} outside the plausible range and counted as unknown. Edit the part or pick it again from the catalog.`;
      out.push(finding(RULE_IDS.specsIgnored, "note", msg, [entry]));
    }
  }
};
