import { describe, expect, it } from "vitest";
import { build2017, dual1080Ti2017, twelvePartBuild } from "../compat/fixtures/builds";
import { item, makeBuild, part, replacePart } from "../compat/fixtures/make";
import { evga750G3, gtx1080TiFe, i7_7700k, noctuaNfA12x25x3 } from "../compat/fixtures/parts-2017";
import {
  FAN_W,
  HDD_W,
  MEMORY_MODULE_W,
  MOTHERBOARD_W,
  NVME_SSD_W,
  PUMP_W,
  SATA_SSD_W,
  UNKNOWN_DRIVE_W,
} from "./allowances";
import { estimatePower } from "./estimate-power";

describe("estimatePower", () => {
  it("sums CPU TDP, GPU board power and allowances for the 2017 box", () => {
    const p = estimatePower(build2017);
    // 91 CPU + 250 GPU + 50 board + 4 modules + 2 SATA SSDs + 1 cooler fan + 2 case fans.
    const expected = 91 + 250 + MOTHERBOARD_W + 4 * MEMORY_MODULE_W + 2 * SATA_SSD_W + FAN_W + 2 * FAN_W;
    expect(p.estimatedW).toBe(expected);
    expect(p.psuW).toBe(750);
    expect(p.unknown).toEqual([]);
    expect(p.breakdown.map((l) => l.itemIds[0])).toEqual(["cpu", "cooler", "board", "ram", "ssd", "gpu", "case"]);
    expect(p.breakdown.find((l) => l.itemIds[0] === "gpu")?.label).toBe("EVGA GeForce GTX 1080 Ti Founders Edition (250 W board power)");
  });

  it("counts quantity: a second GPU adds its board power", () => {
    const one = estimatePower(build2017);
    const two = estimatePower(dual1080Ti2017);
    expect(two.estimatedW - one.estimatedW).toBe(250);
    expect(two.breakdown.find((l) => l.itemIds[0] === "gpu")).toEqual({
      label: "EVGA GeForce GTX 1080 Ti Founders Edition (2 x 250 W board power)",
      watts: 500,
      itemIds: ["gpu"],
    });
  });

  it("lists parts with unknown CPU TDP or GPU board power and leaves them out", () => {
    const mystery = part("gpu", "Mystery GPU", {});
    const p = estimatePower(replacePart(build2017, "gpu", mystery));
    expect(p.unknown).toEqual(["Mystery GPU"]);
    expect(p.estimatedW).toBe(estimatePower(build2017).estimatedW - 250);
    expect(p.breakdown.some((l) => l.itemIds.includes("gpu"))).toBe(false);
  });

  it("uses drive, cooler and fan allowances, and rated fan power when given", () => {
    const build = makeBuild([
      item("hdd", part("storage", "HDD", { type: "HDD" })),
      item("nvme", part("storage", "NVMe", { type: "SSD", interface: "NVMe" })),
      item("unknown", part("storage", "Drive", {})),
      item("aio", part("cpu-cooler", "AIO", { type: "liquid", fanCount: 3 })),
      item("fans", noctuaNfA12x25x3, 2),
    ]);
    const watts = Object.fromEntries(estimatePower(build).breakdown.map((l) => [l.itemIds[0], l.watts]));
    expect(watts).toEqual({
      hdd: HDD_W,
      nvme: NVME_SSD_W,
      unknown: UNKNOWN_DRIVE_W,
      aio: PUMP_W + 3 * FAN_W,
      fans: Math.ceil(1.68 * 3 * 2),
    });
  });

  it("adds PSU wattage across PSUs and is null when one is unknown or none is chosen", () => {
    expect(estimatePower(makeBuild([item("p", evga750G3, 2)])).psuW).toBe(1500);
    expect(estimatePower(makeBuild([item("p", evga750G3), item("q", part("psu", "?", {}))])).psuW).toBeNull();
    expect(estimatePower(makeBuild([item("c", i7_7700k)])).psuW).toBeNull();
  });

  it("has a breakdown that adds up, and recommends a standard size", () => {
    const p = estimatePower(twelvePartBuild);
    expect(p.breakdown.reduce((s, l) => s + l.watts, 0)).toBe(p.estimatedW);
    expect(p.recommendedPsuW).toBeGreaterThanOrEqual(p.estimatedW * 1.25);
    expect(estimatePower(makeBuild([item("g", gtx1080TiFe)])).recommendedPsuW).toBe(450);
  });
});
