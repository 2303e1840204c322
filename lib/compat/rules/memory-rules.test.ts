import { describe, expect, it } from "vitest";
import type { CpuSpecs, MemorySpecs, MotherboardSpecs } from "../../parts/specs";
import { item, makeBuild, part } from "../fixtures/make";
import { i7_7700k, msiZ270GamingM5, vengeanceLpx32, vengeanceLpx64 } from "../fixtures/parts-2017";
import { vengeanceDdr5_64 } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const kit = (specs: MemorySpecs, name = "Test kit") => part("memory", name, specs);
const board = (specs: MotherboardSpecs) => part("motherboard", "Test Board", specs);
const cpu = (specs: CpuSpecs) => part("cpu", "Test CPU", specs);

describe("memory.type-board and memory.type-cpu", () => {
  it("pass for DDR4 on a DDR4 board and CPU", () => {
    const build = makeBuild([item("ram", vengeanceLpx64), item("board", msiZ270GamingM5), item("cpu", i7_7700k)]);
    expect(ruleFindings(build, RULE_IDS.memoryTypeBoard)).toEqual([]);
    expect(ruleFindings(build, RULE_IDS.memoryTypeCpu)).toEqual([]);
  });

  it("error for DDR5 on a DDR4 board and CPU", () => {
    const build = makeBuild([item("ram", vengeanceDdr5_64), item("board", msiZ270GamingM5), item("cpu", i7_7700k)]);
    const onBoard = onlyFinding(build, RULE_IDS.memoryTypeBoard);
    expect(onBoard.severity).toBe("error");
    expect(onBoard.message).toContain("is DDR5, but MSI Z270 GAMING M5 takes DDR4");
    expect(onlyFinding(build, RULE_IDS.memoryTypeCpu).message).toContain("supports only DDR4 and DDR3");
  });

  it("note when a type is unknown", () => {
    const build = makeBuild([item("ram", kit({})), item("board", msiZ270GamingM5), item("cpu", cpu({}))]);
    expect(onlyFinding(build, RULE_IDS.memoryTypeBoard).message).toContain("the type of Test kit is unknown");
    expect(onlyFinding(build, RULE_IDS.memoryTypeCpu).message).toContain("the memory support of Test CPU are unknown");
  });
});

describe("memory.slots", () => {
  it("counts modules x quantity against the slots", () => {
    const fits = makeBuild([item("ram", vengeanceLpx32, 2), item("board", msiZ270GamingM5)]);
    expect(ruleFindings(fits, RULE_IDS.memorySlots)).toEqual([]);
    const tooMany = makeBuild([item("ram", vengeanceLpx64, 2), item("board", msiZ270GamingM5)]);
    const f = onlyFinding(tooMany, RULE_IDS.memorySlots);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("are 8 modules, but MSI Z270 GAMING M5 has 4 memory slots");
  });

  it("notes an unknown module count or slot count", () => {
    expect(onlyFinding(makeBuild([item("ram", kit({})), item("board", msiZ270GamingM5)]), RULE_IDS.memorySlots).severity).toBe("note");
    expect(onlyFinding(makeBuild([item("ram", vengeanceLpx32), item("board", board({}))]), RULE_IDS.memorySlots).message).toContain(
      "the number of memory slots of Test Board is unknown",
    );
  });
});

describe("memory.capacity-board and memory.capacity-cpu", () => {
  it("pass at exactly the maximum", () => {
    const build = makeBuild([item("ram", vengeanceLpx64), item("board", msiZ270GamingM5), item("cpu", i7_7700k)]);
    expect(ruleFindings(build, RULE_IDS.memoryCapacityBoard)).toEqual([]);
    expect(ruleFindings(build, RULE_IDS.memoryCapacityCpu)).toEqual([]);
  });

  it("error above the maximum, with the totals", () => {
    const big = kit({ modules: 4, moduleGb: 32 }, "4x32GB kit");
    const build = makeBuild([item("ram", big), item("board", msiZ270GamingM5), item("cpu", i7_7700k)]);
    expect(onlyFinding(build, RULE_IDS.memoryCapacityBoard).message).toContain("total 128 GB, but MSI Z270 GAMING M5 supports at most 64 GB");
    expect(onlyFinding(build, RULE_IDS.memoryCapacityCpu).severity).toBe("error");
  });

  it("note when a capacity or maximum is unknown", () => {
    const build = makeBuild([item("ram", kit({ modules: 2 })), item("board", board({ maxMemoryGb: 64 }))]);
    expect(onlyFinding(build, RULE_IDS.memoryCapacityBoard).message).toContain("the capacity of Test kit is unknown");
  });
});

describe("memory.speed", () => {
  it("passes at the CPU's stock speed", () => {
    const build = makeBuild([item("ram", vengeanceLpx64), item("cpu", i7_7700k), item("board", msiZ270GamingM5)]);
    expect(ruleFindings(build, RULE_IDS.memorySpeed)).toEqual([]);
  });

  it("notes a kit faster than the CPU runs without overclocking", () => {
    const fast = kit({ type: "DDR4", speedMts: 3200 }, "DDR4-3200 kit");
    const f = onlyFinding(makeBuild([item("ram", fast), item("cpu", i7_7700k)]), RULE_IDS.memorySpeed);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("up to 2400 MT/s without overclocking");
    expect(f.message).toContain("XMP/EXPO");
  });

  it("notes a kit faster than the board lists", () => {
    const f = onlyFinding(makeBuild([item("ram", kit({ speedMts: 4000 })), item("board", msiZ270GamingM5)]), RULE_IDS.memorySpeed);
    expect(f.message).toContain("will run at 3800 MT/s or less");
  });

  it("notes an unknown speed", () => {
    expect(onlyFinding(makeBuild([item("ram", kit({})), item("cpu", i7_7700k)]), RULE_IDS.memorySpeed).message).toContain(
      "the speed of Test kit is unknown",
    );
  });
});
