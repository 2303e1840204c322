import { describe, expect, it } from "vitest";
import { build2017 } from "../fixtures/builds";
import { item, makeBuild } from "../fixtures/make";
import { defineR5, evga750G3, i7_7700k, msiZ270GamingM5 } from "../fixtures/parts-2017";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

describe("build.missing-parts", () => {
  it("passes a build with every essential part", () => {
    expect(ruleFindings(build2017, RULE_IDS.buildMissingParts)).toEqual([]);
  });

  it("lists the missing essential categories, but not a GPU", () => {
    const f = onlyFinding(makeBuild([item("cpu", i7_7700k)]), RULE_IDS.buildMissingParts);
    expect(f.severity).toBe("note");
    expect(f.message).toBe("The build has no motherboard, memory, storage, power supply or case yet; it stays incomplete until they are added.");
    expect(f.itemIds).toEqual([]);
  });
});

describe("build.multiple-parts", () => {
  it("warns about two boards or two cases (quantity counts)", () => {
    const f = onlyFinding(makeBuild([item("b", msiZ270GamingM5, 2)]), RULE_IDS.buildMultipleParts);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("2 motherboards");
    expect(onlyFinding(makeBuild([item("c1", defineR5), item("c2", defineR5)]), RULE_IDS.buildMultipleParts).itemIds).toEqual(["c1", "c2"]);
  });

  it("notes two CPUs and two PSUs", () => {
    const found = ruleFindings(makeBuild([item("c", i7_7700k, 2), item("p", evga750G3, 2)]), RULE_IDS.buildMultipleParts);
    expect(found.map((f) => f.severity)).toEqual(["note", "note"]);
  });
});
