import { describe, expect, it } from "vitest";
import type { ResolvedBuild } from "../builds/types";
import * as builds from "./fixtures/builds";
import { checkCompatibility } from "./check-compatibility";
import type { CompatStatus, Severity } from "./types";

interface Case {
  name: string;
  build: ResolvedBuild;
  status: CompatStatus;
  /** "severity ruleId" pairs that must be present. */
  expect: `${Severity} ${string}`[];
  /** Severities that must not appear at all. */
  none?: Severity[];
}

const cases: Case[] = [
  { name: "2017 box: i7-7700K, Z270, 4x16GB, 2 x 850 EVO, GTX 1080 Ti, 750 W", build: builds.build2017, status: "compatible", expect: ["note dl.legacy-architecture"], none: ["error", "warning"] },
  { name: "2017 dual GTX 1080 Ti on an i7-7700K", build: builds.dual1080Ti2017, status: "warnings", expect: ["note dl.pcie-lanes", "warning psu.wattage"], none: ["error"] },
  { name: "Ryzen on an LGA 1151 board", build: builds.ryzenOnLgaBoard, status: "incompatible", expect: ["error cpu.socket"] },
  { name: "DDR5 kit on a DDR4 board", build: builds.ddr5OnDdr4Board, status: "incompatible", expect: ["error memory.type-board", "error memory.type-cpu"] },
  { name: "four RTX 4090 on an 850 W PSU", build: builds.quad4090On850W, status: "incompatible", expect: ["error psu.wattage", "error psu.gpu-connectors", "warning dl.gpu-stacking"] },
  { name: "330 mm card in a 300 mm case", build: builds.longGpuShortCase, status: "incompatible", expect: ["error case.gpu-length"] },
  { name: "mini-ITX board in an ATX case", build: builds.itxBoardInAtxCase, status: "compatible", expect: [], none: ["error", "warning"] },
  { name: "ATX board in a mini-ITX case", build: builds.atxBoardInItxCase, status: "incompatible", expect: ["error case.board-form-factor"] },
];

describe("real builds", () => {
  it.each(cases)("$name -> $status", ({ build, status, expect: expected, none = [] }) => {
    const report = checkCompatibility(build);
    expect(report.status).toBe(status);
    const seen = report.findings.map((f) => `${f.severity} ${f.ruleId}`);
    for (const e of expected) expect(seen).toContain(e);
    for (const severity of none) expect(report.findings.filter((f) => f.severity === severity)).toEqual([]);
    // Every finding names real items of the build.
    const ids = new Set(build.items.map((i) => i.id));
    for (const f of report.findings) for (const id of f.itemIds) expect(ids).toContain(id);
  });

  it("the ATX-in-ITX message names both parts and the form factors", () => {
    const f = checkCompatibility(builds.atxBoardInItxCase).findings.find((x) => x.ruleId === "case.board-form-factor");
    expect(f?.message).toBe("MSI Z270 GAMING M5 is ATX, but Lian Li PC-TU200 takes only Mini-ITX boards.");
    expect(f?.itemIds).toEqual(["board", "case"]);
  });
});
