import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../fixtures/make";
import { hyper212Evo, i7_7700k, msiZ270GamingM5 } from "../fixtures/parts-2017";
import { ryzen7_1700x } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import type { CpuSpecs, MotherboardSpecs } from "../../parts/specs";
import { RULE_IDS } from "../rule-ids";

const board = (specs: MotherboardSpecs) => part("motherboard", "Test Board", specs);
const cpu = (specs: CpuSpecs) => part("cpu", "Test CPU", specs);

describe("cpu.socket", () => {
  it("passes when the sockets match, whatever the spacing or case", () => {
    const build = makeBuild([item("cpu", i7_7700k), item("board", board({ socket: "lga1151" }))]);
    expect(ruleFindings(build, RULE_IDS.cpuSocket)).toEqual([]);
  });

  it("errors on a mismatch, naming both parts and sockets", () => {
    const f = onlyFinding(makeBuild([item("cpu", ryzen7_1700x), item("board", msiZ270GamingM5)]), RULE_IDS.cpuSocket);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("AMD Ryzen 7 1700X uses socket AM4");
    expect(f.message).toContain("MSI Z270 GAMING M5 has socket LGA 1151");
    expect(f.itemIds).toEqual(["board", "cpu"]);
  });

  it("says it could not check when a socket is unknown", () => {
    const f = onlyFinding(makeBuild([item("cpu", i7_7700k), item("board", board({}))]), RULE_IDS.cpuSocket);
    expect(f.severity).toBe("note");
    expect(f.message).toMatch(/^Could not check .* because the socket of Test Board is unknown\.$/);
  });
});

describe("cpu.cooler-socket", () => {
  it("passes when the cooler lists the CPU socket", () => {
    const build = makeBuild([item("cpu", i7_7700k), item("cooler", hyper212Evo)]);
    expect(ruleFindings(build, RULE_IDS.cpuCoolerSocket)).toEqual([]);
  });

  it("errors when the cooler does not list the socket", () => {
    const amOnly = part("cpu-cooler", "AM-only cooler", { sockets: ["AM4", "AM5"] });
    const f = onlyFinding(makeBuild([item("cpu", i7_7700k), item("cooler", amOnly)]), RULE_IDS.cpuCoolerSocket);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("does not support socket LGA 1151");
    expect(f.itemIds).toEqual(["cooler", "cpu"]);
  });

  it("falls back to the board socket when the CPU's is unknown", () => {
    const amOnly = part("cpu-cooler", "AM-only cooler", { sockets: ["AM4"] });
    const build = makeBuild([item("cpu", cpu({})), item("board", msiZ270GamingM5), item("cooler", amOnly)]);
    expect(onlyFinding(build, RULE_IDS.cpuCoolerSocket).itemIds).toEqual(["board", "cooler"]);
  });

  it("notes an unknown socket list", () => {
    const unknown = part("cpu-cooler", "Mystery cooler", {});
    const f = onlyFinding(makeBuild([item("cpu", i7_7700k), item("cooler", unknown)]), RULE_IDS.cpuCoolerSocket);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("the socket list of Mystery cooler is unknown");
  });
});

describe("cpu.cooler-missing", () => {
  it("warns when the CPU has no bundled cooler and the build none", () => {
    const f = onlyFinding(makeBuild([item("cpu", i7_7700k)]), RULE_IDS.cpuCoolerMissing);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("Intel Core i7-7700K comes without a cooler");
  });

  it("passes with a bundled cooler or a separate one", () => {
    const boxed = makeBuild([item("cpu", cpu({ bundledCooler: true }))]);
    const withCooler = makeBuild([item("cpu", i7_7700k), item("cooler", hyper212Evo)]);
    expect(ruleFindings(boxed, RULE_IDS.cpuCoolerMissing)).toEqual([]);
    expect(ruleFindings(withCooler, RULE_IDS.cpuCoolerMissing)).toEqual([]);
  });

  it("notes when it is unknown whether a cooler is bundled", () => {
    expect(onlyFinding(makeBuild([item("cpu", cpu({}))]), RULE_IDS.cpuCoolerMissing).severity).toBe("note");
  });
});
