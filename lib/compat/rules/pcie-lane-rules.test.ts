import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../fixtures/make";
import { gtx1080TiFe, i7_7700k } from "../fixtures/parts-2017";
import { ryzen7_1700x, threadripperPro5975wx } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";
import { gpuLanes, splitLanes } from "./pcie-lane-rules";

describe("splitLanes", () => {
  it.each([
    [16, 1, [16]],
    [16, 2, [8, 8]],
    [16, 3, [8, 4, 4]],
    [16, 4, [4, 4, 4, 4]],
    [40, 4, [16, 8, 8, 8]],
    [64, 4, [16, 16, 16, 16]],
    [2, 3, [1, 1, 1]],
  ])("%i lanes for %i GPUs -> %j", (lanes, gpus, widths) => {
    expect(splitLanes(lanes, gpus)).toEqual(widths);
  });

  it("never hands out more lanes than exist when there are enough for x1 each", () => {
    for (let lanes = 1; lanes <= 128; lanes++) {
      for (let gpus = 1; gpus <= lanes; gpus++) {
        expect(splitLanes(lanes, gpus).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(lanes);
      }
    }
  });

  it("gives mainstream CPUs 16 graphics lanes and HEDT CPUs all of theirs", () => {
    expect([gpuLanes(16), gpuLanes(24), gpuLanes(64)]).toEqual([16, 16, 64]);
  });
});

describe("dl.pcie-lanes", () => {
  it("passes one GPU on a 16-lane CPU", () => {
    expect(ruleFindings(makeBuild([item("c", i7_7700k), item("g", gtx1080TiFe)]), RULE_IDS.dlPcieLanes)).toEqual([]);
  });

  it("notes x8/x8 for two GPUs on a 16-lane desktop CPU, with the expected cost", () => {
    const f = onlyFinding(makeBuild([item("c", i7_7700k), item("g", gtx1080TiFe, 2)]), RULE_IDS.dlPcieLanes);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("x8/x8");
    expect(f.message).toContain("10%");
  });

  it("treats a 24-lane Ryzen like a 16-lane CPU for the graphics slots", () => {
    expect(onlyFinding(makeBuild([item("c", ryzen7_1700x), item("g", gtx1080TiFe, 2)]), RULE_IDS.dlPcieLanes).message).toContain("16 PCIe lanes");
  });

  it("warns below x8", () => {
    const f = onlyFinding(makeBuild([item("c", i7_7700k), item("g", gtx1080TiFe, 3)]), RULE_IDS.dlPcieLanes);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("x8/x4/x4");
  });

  it("passes four GPUs on a 128-lane workstation CPU", () => {
    expect(ruleFindings(makeBuild([item("c", threadripperPro5975wx), item("g", gtx1080TiFe, 4)]), RULE_IDS.dlPcieLanes)).toEqual([]);
  });

  it("notes an unknown lane count", () => {
    expect(onlyFinding(makeBuild([item("c", part("cpu", "X", {})), item("g", gtx1080TiFe)]), RULE_IDS.dlPcieLanes).severity).toBe("note");
  });
});
