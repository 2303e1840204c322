import { describe, expect, it } from "vitest";
import { variantLabel } from "./variant-label";

describe("variantLabel", () => {
  it("names what the variant's name adds", () => {
    expect(variantLabel({ model: "Define 7 ATX Mid Tower Black" }, { model: "Define 7 ATX Mid Tower White" })).toBe("White");
    expect(variantLabel({ model: "Ryzen 7 7800X3D" }, { model: "Ryzen 7 7800X3D OEM/Tray" })).toBe("OEM/Tray");
  });

  it("falls back to the part number when the names are equal", () => {
    expect(variantLabel({ model: "Core i7 7700K" }, { model: "Core i7 7700K", partNumbers: ["CM8067702868535"] })).toBe("CM8067702868535");
    expect(variantLabel({ model: "Core i7 7700K" }, { model: "Core i7 7700K" })).toBe("Core i7 7700K");
  });
});
