import { describe, expect, it } from "vitest";
import { boundSpecs, describeDropped } from "./bound-specs";

describe("boundSpecs", () => {
  it("keeps valid specs as they are, with nothing dropped", () => {
    const specs = { vramGb: 24, boardPowerW: 450, powerConnectors: { pin16: 1 } };
    expect(boundSpecs("gpu", specs)).toEqual({ specs, dropped: [] });
  });

  it("drops only the connector outside its bound and keeps its siblings", () => {
    // Issue 13's poison card: a billion 16-pin inputs.
    const { specs, dropped } = boundSpecs("gpu", { vramGb: 24, powerConnectors: { pin16: 1_000_000_000, pin8: 2 } });
    expect(specs).toEqual({ vramGb: 24, powerConnectors: { pin8: 2 } });
    expect(dropped).toEqual([{ key: "powerConnectors.pin16", value: "1000000000", reason: expect.stringContaining("8") }]);
  });

  it("reads a connector list emptied by the bounds as unknown, not as no connectors", () => {
    const { specs } = boundSpecs("gpu", { vramGb: 24, powerConnectors: { pin16: 1_000_000_000 } });
    expect(specs).toEqual({ vramGb: 24 });
  });

  it("reads an implausible board maximum (1 GB on a TRX50 board) as unknown", () => {
    const { specs, dropped } = boundSpecs("motherboard", { socket: "sTR5", maxMemoryGb: 1 });
    expect(specs).toEqual({ socket: "sTR5" });
    expect(describeDropped(dropped[0]!)).toMatch(/^maxMemoryGb 1 ignored \(/);
  });

  it("drops unknown keys, wrong types and a half-valid array in one read", () => {
    const { specs, dropped } = boundSpecs("cpu", { cores: 8, tdp: 95, threads: "16", memoryTypes: ["DDR4", "DDR9"] });
    expect(specs).toEqual({ cores: 8 });
    expect(dropped.map((d) => d.key).sort()).toEqual(["memoryTypes", "tdp", "threads"]);
  });

  it("shortens long values and survives non-objects", () => {
    const { dropped } = boundSpecs("other", { kind: "x".repeat(10_000) });
    expect(dropped[0]!.value.length).toBeLessThanOrEqual(40);
    expect(boundSpecs("gpu", "nonsense")).toEqual({ specs: {}, dropped: [{ key: "(specs)", value: '"nonsense"', reason: "not an object" }] });
    expect(boundSpecs("gpu", null).specs).toEqual({});
  });

  it("drops every one of many bad keys in bounded passes", () => {
    const input = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const { specs, dropped } = boundSpecs("psu", { ...input, wattage: 850 });
    expect(specs).toEqual({ wattage: 850 });
    expect(dropped).toHaveLength(5000);
  });
});
