import { describe, expect, it } from "vitest";
import { item, makeBuild, part } from "../fixtures/make";
import { defineR5, gtx1080TiFe, msiZ270GamingM5 } from "../fixtures/parts-2017";
import { asrockZ270Itx, enthooPro2, rtx4090Fe, wrx80eSage } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

describe("slots.gpu-count", () => {
  it("passes when the GPUs fit the x16 slots", () => {
    expect(ruleFindings(makeBuild([item("g", gtx1080TiFe, 3), item("b", msiZ270GamingM5)]), RULE_IDS.slotsGpuCount)).toEqual([]);
  });

  it("counts quantity: two cards on a one-slot board is an error", () => {
    const f = onlyFinding(makeBuild([item("g", gtx1080TiFe, 2), item("b", asrockZ270Itx)]), RULE_IDS.slotsGpuCount);
    expect(f.severity).toBe("error");
    expect(f.message).toBe("The build has 2 GPUs, but ASRock Fatal1ty Z270 Gaming-ITX/ac has 1 x16 slot.");
  });

  it("notes an unknown slot count", () => {
    const board = part("motherboard", "Slotless?", {});
    expect(onlyFinding(makeBuild([item("g", gtx1080TiFe), item("b", board)]), RULE_IDS.slotsGpuCount).severity).toBe("note");
  });
});

describe("slots.gpu-width", () => {
  it("passes two 2-slot cards in a 7-slot case on an ATX board", () => {
    const build = makeBuild([item("g", gtx1080TiFe, 2), item("b", msiZ270GamingM5), item("c", defineR5)]);
    expect(ruleFindings(build, RULE_IDS.slotsGpuWidth)).toEqual([]);
  });

  it("is an error when the summed widths exceed the case's expansion slots by two or more; the board's positions warn", () => {
    const build = makeBuild([item("g", rtx4090Fe, 4), item("b", wrx80eSage), item("c", enthooPro2)]);
    const found = ruleFindings(build, RULE_IDS.slotsGpuWidth);
    const errors = found.filter((f) => f.severity === "error").map((f) => f.message);
    const warnings = found.filter((f) => f.severity === "warning").map((f) => f.message);
    expect(errors).toEqual(["4 x NVIDIA GeForce RTX 4090 Founders Edition need 12 expansion slots side by side; Phanteks Enthoo Pro 2 has 8."]);
    // Three full widths (9) plus one position for the lowest card, which may overhang.
    expect(warnings).toContain(
      "4 x NVIDIA GeForce RTX 4090 Founders Edition need 10 slot positions on the board; ASUS Pro WS WRX80E-SAGE SE WIFI (SSI-EEB) has 7.",
    );
  });

  it("warns, not errs, when the cards are one position short: the lowest cooler may hang below the last slot", () => {
    const twoSlotCase = part("case", "Two-slot ITX case", { expansionSlots: 2 });
    const build = makeBuild([item("g", rtx4090Fe), item("c", twoSlotCase)]);
    expect(onlyFinding(build, RULE_IDS.slotsGpuWidth)).toMatchObject({ severity: "warning", message: expect.stringContaining("need 3 expansion slots") });
    const eight = makeBuild([item("g", gtx1080TiFe, 4), item("c", twoSlotCase)]);
    // Issue 18: "needs 8 expansion slots, the case has 2" was only a warning.
    expect(onlyFinding(eight, RULE_IDS.slotsGpuWidth)).toMatchObject({ severity: "error", message: expect.stringContaining("need 8 expansion slots side by side; Two-slot ITX case has 2.") });
  });

  it("notes that a 3-slot card covers the next x16 slot when there are several GPUs", () => {
    const build = makeBuild([item("g", rtx4090Fe, 2), item("b", msiZ270GamingM5), item("c", defineR5)]);
    const found = ruleFindings(build, RULE_IDS.slotsGpuWidth);
    expect(found.map((f) => f.severity)).toEqual(["note"]);
    expect(found[0]?.message).toContain("3 slots wide");
  });

  it("notes unknown slot widths", () => {
    const noWidth = part("gpu", "Unknown-width card", {});
    const f = onlyFinding(makeBuild([item("g", noWidth), item("c", defineR5)]), RULE_IDS.slotsGpuWidth);
    expect(f.message).toContain("the slot width of Unknown-width card is unknown");
  });
});
