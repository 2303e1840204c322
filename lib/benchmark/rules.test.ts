import { describe, expect, it } from "vitest";
import { dimmSlotAdvice } from "./dimm-slots";
import { fp16Share, isGeForce } from "./gpu-kind";
import { k80ReferenceSecondsPerEpoch, modelSecondsPerEpoch, speedVsK520 } from "./mnist-reference";
import { splitLanes } from "./pcie-link";
import { dimmShare } from "./sections/firmware";
import { parseDriverBranch } from "./sections/os-driver";
import { readTarget } from "./sections/storage";
import type { Drive } from "./build-facts";

describe("splitLanes", () => {
  it.each([
    [16, 1, [16]],
    [16, 2, [8, 8]],
    [16, 3, [8, 4, 4]],
    [16, 4, [4, 4, 4, 4]],
    [20, 2, [8, 8]],
    [24, 1, [16]],
    [40, 4, [16, 8, 8, 8]],
    [64, 4, [16, 16, 16, 16]],
  ])("%i lanes for %i GPUs -> %j", (lanes, cards, widths) => {
    expect(splitLanes(lanes, cards)).toEqual(widths);
  });

  it("never goes below x4 even when lanes run out", () => {
    expect(splitLanes(16, 6)).toEqual([4, 4, 4, 4, 4, 4]);
  });
});

describe("dimmSlotAdvice", () => {
  it("puts 2 modules of a 4-slot board in A2/B2", () => {
    expect(dimmSlotAdvice(2, 4)).toEqual({
      slots: ["A2", "B2"],
      text: "2 of 4 slots: A2/B2, the 2nd and 4th slots from the CPU.",
    });
  });

  it("puts 1 module in A2 and warns about 3", () => {
    expect(dimmSlotAdvice(1, 4).slots).toEqual(["A2"]);
    expect(dimmSlotAdvice(3, 4).text).toContain("partly single-channel");
  });

  it("flags more modules than slots and falls back to the manual when unknown", () => {
    expect(dimmSlotAdvice(8, 4).text).toContain("cannot seat");
    expect(dimmSlotAdvice(4, 8).text).toContain("one module per channel");
    expect(dimmSlotAdvice(undefined, 4).text).toContain("population table");
  });
});

describe("dimmShare", () => {
  it("sits halfway between one module missing and all present, capped at 97%", () => {
    expect(dimmShare(2)).toBe(0.75);
    expect(dimmShare(4)).toBe(0.875);
    expect(dimmShare(16)).toBeCloseTo(0.96875);
    expect(dimmShare(32)).toBe(0.97);
  });
});

describe("parseDriverBranch", () => {
  it.each([["R580", 580], ["580", 580], ["nvidia-driver-590-open", 590], ["575.51.03", 575]])("%s -> %i", (text, branch) => {
    expect(parseDriverBranch(text)).toBe(branch);
  });
  it("returns undefined for no number", () => {
    expect(parseDriverBranch("latest")).toBeUndefined();
    expect(parseDriverBranch(undefined)).toBeUndefined();
  });
});

describe("readTarget", () => {
  const drive = (specs: Drive["specs"]): Drive => ({ index: 0, name: "d", specs });
  it("caps SATA at 550 MB/s and uses the rating below it", () => {
    expect(readTarget(drive({ interface: "SATA" }), 3).mbps).toBe(550);
    expect(readTarget(drive({ interface: "SATA", seqReadMBps: 560 }), 3).mbps).toBe(550);
    expect(readTarget(drive({ interface: "SATA", seqReadMBps: 520 }), 3).mbps).toBe(520);
  });
  it("caps NVMe by the slower of drive and board PCIe generation", () => {
    expect(readTarget(drive({ interface: "NVMe", pcieGen: 4, seqReadMBps: 7450 }), 3).mbps).toBe(3500);
    expect(readTarget(drive({ interface: "NVMe", pcieGen: 5 }), 5).mbps).toBe(14000);
    expect(readTarget(drive({ interface: "NVMe", seqReadMBps: 2400 }), undefined).mbps).toBe(2400);
    expect(readTarget(drive({ interface: "NVMe" }), undefined).mbps).toBeUndefined();
  });
  it("judges a hard disk only by its own rating, never by the SATA ceiling", () => {
    expect(readTarget(drive({ type: "HDD", interface: "SATA", rpm: 7200 }), 3).mbps).toBeUndefined();
    expect(readTarget(drive({ type: "HDD", interface: "SATA", seqReadMBps: 250 }), 3).mbps).toBe(250);
  });
});

describe("MNIST reference model", () => {
  it("puts one GK210 at 2.0-2.5x slower than a 1080 Ti, as the 2017 build measured", () => {
    const ratio = k80ReferenceSecondsPerEpoch() / modelSecondsPerEpoch(11.34, 484);
    expect(ratio).toBeGreaterThanOrEqual(2.0);
    expect(ratio).toBeLessThanOrEqual(2.5);
  });
  it("is 1 for the K520 itself and grows with both ratios", () => {
    expect(speedVsK520(2.29, 160)).toBeCloseTo(1);
    expect(speedVsK520(4.58, 160)).toBeCloseTo(Math.SQRT2);
  });
});

describe("GPU kind", () => {
  it("tells GeForce from workstation and data-centre cards", () => {
    expect(isGeForce("NVIDIA GeForce RTX 4090")).toBe(true);
    expect(isGeForce("RTX 3090")).toBe(true);
    expect(isGeForce("NVIDIA RTX 6000 Ada")).toBe(false);
    expect(isGeForce("NVIDIA TITAN RTX")).toBe(false);
    expect(isGeForce("NVIDIA A100 PCIe 40GB")).toBe(false);
    expect(isGeForce("Quadro RTX 8000")).toBe(false);
  });
  it("uses the lower FP16 share on GeForce", () => {
    const gpu = { index: 0, cardIndex: 0, specs: {} };
    expect(fp16Share({ ...gpu, name: "GeForce RTX 4090" })).toBe(0.3);
    expect(fp16Share({ ...gpu, name: "A100" })).toBe(0.5);
  });
});
