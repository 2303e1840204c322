import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../fixtures/make";
import { i7_7700k, msiZ270GamingM5 } from "../fixtures/parts-2017";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const lockedCpu = part("cpu", "Intel Core i7-7700", { unlocked: false });
const h270 = part("motherboard", "ASUS PRIME H270-PLUS", { chipset: "Intel H270", overclocking: false });

describe("cpu.overclocking", () => {
  it("passes for an unlocked CPU on an overclocking board and a locked one on a plain board", () => {
    expect(ruleFindings(makeBuild([item("cpu", i7_7700k), item("board", msiZ270GamingM5)]), RULE_IDS.cpuOverclocking)).toEqual([]);
    expect(ruleFindings(makeBuild([item("cpu", lockedCpu), item("board", h270)]), RULE_IDS.cpuOverclocking)).toEqual([]);
  });

  it("notes an unlocked CPU on a chipset that cannot overclock, naming the chipset", () => {
    const f = onlyFinding(makeBuild([item("cpu", i7_7700k), item("board", h270)]), RULE_IDS.cpuOverclocking);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("Intel H270");
  });

  it("notes a locked CPU on an overclocking board", () => {
    const f = onlyFinding(makeBuild([item("cpu", lockedCpu), item("board", msiZ270GamingM5)]), RULE_IDS.cpuOverclocking);
    expect(f.message).toContain("is locked");
  });

  it("notes unknown data", () => {
    const f = onlyFinding(makeBuild([item("cpu", part("cpu", "X", {})), item("board", h270)]), RULE_IDS.cpuOverclocking);
    expect(f.message).toMatch(/^Could not check .*whether X is unlocked is unknown/);
  });
});
