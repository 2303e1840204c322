import { describe, expect, it } from "vitest";
import { circuit, circuitFor, DEFAULT_CIRCUIT } from "./circuits";
import { wallDraw } from "./wall-draw";

describe("circuits", () => {
  // Issue #15, item 6: 120 V/15 A -> 1,440 W continuous (80 % rule, NEC 210.19/210.20),
  // 230 V/10 A -> 1,840 W, 230 V/16 A -> 2,944 W.
  it("allows 80 % of volts x amps for a continuous load", () => {
    expect(circuit("na-120v-15a").continuousW).toBe(1440);
    expect(circuit("eu-230v-10a").continuousW).toBe(1840);
    expect(circuit("eu-230v-16a").continuousW).toBe(2944);
    expect(circuit("jp-100v-15a").continuousW).toBe(1200);
  });

  it("defaults from the currency and uses the 115 V table below 200 V", () => {
    expect(DEFAULT_CIRCUIT.USD).toBe("na-120v-15a");
    expect(circuitFor(null, "EUR").id).toBe("eu-230v-16a");
    expect(circuitFor("na-120v-20a", "EUR").id).toBe("na-120v-20a");
    expect([circuit("na-120v-15a").mains, circuit("uk-230v-13a").mains]).toEqual([115, 230]);
  });
});

describe("wallDraw", () => {
  it("divides the DC load by the efficiency at that load fraction", () => {
    // 800 W on a Gold 1000 W unit at 115 V: 80 % load -> 0.90 - 0.03 x 0.6 = 0.882.
    const w = wallDraw(800, [{ specs: { wattage: 1000, efficiency: "80+ Gold" }, qty: 1 }], 115);
    expect(w.efficiency).toBeCloseTo(0.882, 6);
    expect(w.wallW).toBe(Math.ceil(800 / 0.882));
    expect(w.ratingKnown).toBe(true);
  });

  it("assumes 80 % with an unknown rating or no PSU, and says so", () => {
    expect(wallDraw(800, [{ specs: { wattage: 1000 }, qty: 1 }], 115)).toMatchObject({ efficiency: 0.8, wallW: 1000, ratingKnown: false });
    expect(wallDraw(800, [], 230)).toMatchObject({ efficiency: 0.8, ratingKnown: false });
  });

  it("takes the lowest efficiency of several PSUs at the shared load fraction", () => {
    const w = wallDraw(1000, [{ specs: { wattage: 1000, efficiency: "80+ Titanium" }, qty: 1 }, { specs: { wattage: 1000, efficiency: "80+ Bronze" }, qty: 1 }], 115);
    expect(w.efficiency).toBe(0.85);
  });
});
