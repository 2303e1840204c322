import { describe, expect, it } from "vitest";
import { analyzeBuild } from "../compat/analyze";
import { item, makeBuild, part } from "../compat/fixtures/make";
import { unpricedBlockers } from "./price-gate";
import { ownershipSetupFor } from "./setup-for-build";

describe("unpricedBlockers", () => {
  const build = makeBuild([
    item("gpu", part("gpu", "GeForce RTX 4090", { vramGb: 24 }), 2, null),
    item("cpu", part("cpu", "Ryzen 9 7950X", {}), 1, 699_00),
    item("psu", part("psu", "1600 W PSU", {}), 1, null),
  ]);
  const setup = ownershipSetupFor(build, analyzeBuild(build), null);

  it("lists every line without a price, and the setup's total leaves them out", () => {
    expect(setup.unpricedItems).toEqual([{ itemId: "gpu", name: "GeForce RTX 4090", quantity: 2 }, { itemId: "psu", name: "1600 W PSU", quantity: 1 }]);
    expect(setup.purchaseCents).toBe(699_00);
    expect(unpricedBlockers(setup, new Set()).map((i) => i.itemId)).toEqual(["gpu", "psu"]);
  });

  it("clears once each is marked already owned", () => {
    expect(unpricedBlockers(setup, new Set(["gpu"])).map((i) => i.itemId)).toEqual(["psu"]);
    expect(unpricedBlockers(setup, new Set(["gpu", "psu"]))).toEqual([]);
  });
});
