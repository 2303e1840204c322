import { describe, expect, it } from "vitest";
import { customPart } from "../../builds/resolve";
import { item, makeBuild } from "../fixtures/make";
import { rm850x } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

describe("specs.ignored", () => {
  it("notes a stored value outside its bounds, and the other rules treat it as unknown", () => {
    // A custom card saved before the bounds existed (issue 13's poison build).
    const card = customPart("Poison GPU", "gpu", { boardPowerW: 450, powerConnectors: { pin16: 1_000_000_000 } });
    const build = makeBuild([item("g", card), item("p", rm850x)]);
    const f = onlyFinding(build, RULE_IDS.specsIgnored);
    expect(f).toEqual({
      ruleId: RULE_IDS.specsIgnored,
      severity: "note",
      message: "Poison GPU: powerConnectors.pin16 = 1000000000 is outside the plausible range and counted as unknown. Edit the part or pick it again from the catalog.",
      itemIds: ["g"],
    });
    // With its only connector gone, the card's connector list is unknown, not empty.
    expect(onlyFinding(build, RULE_IDS.psuGpuConnectors).message).toBe(
      "Could not check whether the PSU can power Poison GPU because its power connector list is unknown.",
    );
  });

  it("says nothing for parts within their bounds", () => {
    const card = customPart("Fine GPU", "gpu", { boardPowerW: 450, powerConnectors: { pin16: 1 } });
    expect(ruleFindings(makeBuild([item("g", card), item("p", rm850x)]), RULE_IDS.specsIgnored)).toEqual([]);
  });
});
