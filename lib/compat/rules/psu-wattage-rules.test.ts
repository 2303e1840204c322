import { describe, expect, it } from "vitest";
import { estimatePower } from "../../power/estimate-power";
import { build2017, dual1080Ti2017, quad4090On850W } from "../fixtures/builds";
import { item, makeBuild, part, replacePart } from "../fixtures/make";
import { evga750G3, gtx1080TiFe } from "../fixtures/parts-2017";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

describe("psu.wattage", () => {
  it("passes a PSU at or above the recommended size", () => {
    const power = estimatePower(build2017);
    expect(power.psuW).toBeGreaterThanOrEqual(power.recommendedPsuW);
    expect(ruleFindings(build2017, RULE_IDS.psuWattage)).toEqual([]);
  });

  it("warns below the recommended size but above the estimate", () => {
    const { estimatedW, recommendedPsuW } = estimatePower(dual1080Ti2017);
    const f = onlyFinding(dual1080Ti2017, RULE_IDS.psuWattage);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain(`estimated ${estimatedW} W`);
    expect(f.message).toContain(`recommended ${recommendedPsuW} W`);
    expect(f.itemIds).toEqual(["psu"]);
  });

  it("errors below the estimate, naming the sizes to choose", () => {
    const build = replacePart(build2017, "psu", part("psu", "Small PSU", { wattage: 350 }));
    const { estimatedW } = estimatePower(build);
    const f = onlyFinding(build, RULE_IDS.psuWattage);
    expect(f.severity).toBe("error");
    // 2017 box: 91 + 250 + allowances = 430 W; ATX 3.x needs the load itself (450 W), an older unit 25% more (550 W).
    expect(f.message).toBe(
      `Small PSU provides 350 W, but the build draws an estimated ${estimatedW} W: choose at least 450 W in an ATX 3.x unit, or 550 W in an older one (25% headroom for GPU spikes).`,
    );
  });

  // Issue #15, item 6: "choose at least 2800 W" is not a PSU anyone can buy.
  it("does not recommend an unbuyable PSU: past 1600 W it suggests a second PSU", () => {
    const f = onlyFinding(quad4090On850W, RULE_IDS.psuWattage);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("no common single PSU covers that");
    expect(f.message).toContain("two PSUs");
    expect(f.message).not.toContain("choose at least");
  });

  it("notes parts whose draw is unknown, and mentions them in an error", () => {
    const mystery = part("gpu", "Mystery GPU", {});
    const withUnknown = replacePart(build2017, "gpu", mystery);
    const note = onlyFinding(withUnknown, RULE_IDS.psuWattage);
    expect(note.severity).toBe("note");
    expect(note.message).toContain("the power draw of Mystery GPU is unknown");
    expect(note.itemIds).toEqual(["gpu", "psu"]);

    const tiny = part("psu", "Tiny PSU", { wattage: 150 });
    const error = onlyFinding(replacePart(withUnknown, "psu", tiny), RULE_IDS.psuWattage);
    expect(error.severity).toBe("error");
    expect(error.message).toContain("not counting Mystery GPU (draw unknown)");
  });

  it("notes an unknown PSU wattage", () => {
    const f = onlyFinding(makeBuild([item("g", gtx1080TiFe), item("p", part("psu", "No-label PSU", {}))]), RULE_IDS.psuWattage);
    expect(f.message).toContain("the wattage of No-label PSU is unknown");
  });

  it("adds up several PSUs", () => {
    const build = makeBuild([item("g", gtx1080TiFe, 4), item("p", evga750G3, 2)]);
    expect(estimatePower(build).psuW).toBe(1500);
    expect(ruleFindings(build, RULE_IDS.psuWattage)).toEqual([]);
  });
});
