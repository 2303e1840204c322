import { describe, expect, it } from "vitest";
import { catalogPart } from "../fixtures/catalog-parts";
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

// Issue #15, item 4: lanes per GPU come from the board's slot wiring when it is curated, and are
// stated as an estimate (not "x8/x8" as fact) when it is not.
describe("dl.pcie-lanes with slot wiring", () => {
  const wiredB650 = catalogPart("motherboard-gigabyte-b650-aorus-elite-ax");

  it("does not state x8/x8 as fact on a board without wiring (B650 AORUS ELITE AX)", () => {
    const f = onlyFinding(makeBuild([item("c", catalogPart("cpu-amd-ryzen-9-7950x")), item("b", wiredB650), item("g", gtx1080TiFe, 2)]), RULE_IDS.dlPcieLanes);
    expect(f.message).toContain("would run at x8/x8");
    expect(f.message).toContain("slot wiring of Gigabyte B650 AORUS ELITE AX is unknown");
    expect(f.message).toContain("chipset at x4");
  });

  // hardwareluxx.de review: one PCIe 5.0 x16 slot from the CPU, the lower x16-size slot is the
  // X870E chipset's PCIe 4.0 x4; M.2_2 and M.2_3 take 8 of the CPU slot's lanes.
  it("warns that the second GPU on a ROG Strix X870E-E sits on a chipset x4 slot", () => {
    const board = catalogPart("motherboard-asus-rog-strix-x870e-e-gaming-wifi");
    const f = onlyFinding(makeBuild([item("c", catalogPart("cpu-amd-ryzen-9-9950x")), item("b", board), item("g", catalogPart("gpu-nvidia-geforce-rtx-4090-fe"), 2)]), RULE_IDS.dlPcieLanes);
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("x16 (upper x16 slot, CPU) and x4 (lower x16 slot, chipset)");
    expect(f.message).toContain("hardwareluxx.de");
  });

  it("puts drives in sockets that take no GPU lanes first, and says when they must (X870E-E)", () => {
    const board = catalogPart("motherboard-asus-rog-strix-x870e-e-gaming-wifi");
    const nvme = catalogPart("storage-samsung-990-pro-2tb");
    const gpu = catalogPart("gpu-nvidia-geforce-rtx-5090-fe");
    // Three drives fit M.2_1, M.2_4 and M.2_5: the GPU keeps x16.
    expect(ruleFindings(makeBuild([item("b", board), item("g", gpu), item("d", nvme, 3)]), RULE_IDS.dlPcieLanes)).toEqual([]);
    // A fourth needs M.2_2, which halves the CPU slot.
    const f = onlyFinding(makeBuild([item("b", board), item("g", gpu), item("d", nvme, 4)]), RULE_IDS.dlPcieLanes);
    expect(f.severity).toBe("note");
    expect(f.message).toContain("runs at x8 (upper x16 slot, CPU)");
    expect(f.message).toContain("need M.2_2, which takes lanes from a GPU slot");
  });

  // voipmonitor/rtx6kpro and peerip: seven CPU-wired slots, six x16 and slot 6 at x8.
  it("gives four GPUs x16 each on the WRX90E-SAGE SE, avoiding its x8 slot", () => {
    const build = makeBuild([item("b", catalogPart("motherboard-asus-pro-ws-wrx90e-sage-se")), item("g", catalogPart("gpu-nvidia-geforce-rtx-4090-fe"), 4)]);
    expect(ruleFindings(build, RULE_IDS.dlPcieLanes)).toEqual([]);
  });

  it("splits x8/x8 on a board with two CPU slots, and says a third GPU's slot is not listed", () => {
    const board = catalogPart("motherboard-asus-proart-x870e-creator-wifi");
    const two = onlyFinding(makeBuild([item("b", board), item("g", gtx1080TiFe, 2)]), RULE_IDS.dlPcieLanes);
    expect(two.severity).toBe("note");
    expect(two.message).toContain("x8 (x16 slot 1, CPU) and x8 (x16 slot 2, CPU)");
    const three = onlyFinding(makeBuild([item("b", board), item("g", gtx1080TiFe, 3)]), RULE_IDS.dlPcieLanes);
    expect(three.severity).toBe("warning");
    expect(three.message).toContain("1 more GPU would need a slot whose wiring is not listed");
  });

  // Tom's Hardware review quoted on its forum: M.2_1 disables PCIEX16(G5)_2 and halves slot 1.
  it("follows an M.2 socket that disables a GPU slot (ROG Maximus Z790 Formula)", () => {
    const board = catalogPart("motherboard-asus-rog-maximus-z790-formula");
    const nvme = catalogPart("storage-samsung-990-pro-2tb");
    const f = onlyFinding(makeBuild([item("b", board), item("g", gtx1080TiFe, 2), item("d", nvme)]), RULE_IDS.dlPcieLanes);
    expect(f.message).toContain("x8 (PCIEX16(G5)_1, CPU)");
    expect(f.message).toContain("1 more GPU would need a slot whose wiring is not listed");
  });
});
