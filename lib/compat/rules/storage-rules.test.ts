import { describe, expect, it } from "vitest";
import type { StorageSpecs } from "../../parts/specs";
import { item, makeBuild, part } from "../fixtures/make";
import { defineR5, msiZ270GamingM5, samsung850Evo500, wdRed4tb } from "../fixtures/parts-2017";
import { asrockZ270Itx, lianLiTu200, samsung990Pro2tb } from "../fixtures/parts-modern";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const drive = (specs: StorageSpecs, name = "Test drive") => part("storage", name, specs);

describe("storage.m2-slots", () => {
  it("passes drives within the slots and errors beyond them", () => {
    expect(ruleFindings(makeBuild([item("n", samsung990Pro2tb, 2), item("b", msiZ270GamingM5)]), RULE_IDS.storageM2Slots)).toEqual([]);
    const f = onlyFinding(makeBuild([item("n", samsung990Pro2tb, 3), item("b", msiZ270GamingM5)]), RULE_IDS.storageM2Slots);
    expect(f.severity).toBe("error");
    expect(f.message).toBe("3 x Samsung 990 PRO 2TB need 3 M.2 slots; MSI Z270 GAMING M5 has 2.");
  });

  it("notes an unknown M.2 slot count", () => {
    const board = part("motherboard", "Vague board", {});
    expect(onlyFinding(makeBuild([item("n", samsung990Pro2tb), item("b", board)]), RULE_IDS.storageM2Slots).severity).toBe("note");
  });
});

describe("storage.sata-ports", () => {
  it("counts each unit of a SATA line", () => {
    const sixPorts = makeBuild([item("s", samsung850Evo500, 2), item("h", wdRed4tb, 4), item("b", msiZ270GamingM5)]);
    expect(ruleFindings(sixPorts, RULE_IDS.storageSataPorts)).toEqual([]);
    const seven = makeBuild([item("s", samsung850Evo500, 3), item("h", wdRed4tb, 4), item("b", msiZ270GamingM5)]);
    expect(onlyFinding(seven, RULE_IDS.storageSataPorts).message).toContain("need 7 SATA ports; MSI Z270 GAMING M5 has 6");
  });

  it("does not count an M.2 SATA drive against SATA ports", () => {
    const m2Sata = drive({ interface: "SATA", formFactor: "M.2-2280" });
    const board = part("motherboard", "No-SATA board", { sataPorts: 0, m2Slots: 1 });
    expect(ruleFindings(makeBuild([item("d", m2Sata), item("b", board)]), RULE_IDS.storageSataPorts)).toEqual([]);
  });

  it("notes a SAS drive and a drive of unknown interface", () => {
    const found = ruleFindings(
      makeBuild([item("a", drive({ interface: "SAS", formFactor: "3.5" }, "SAS disk")), item("b", drive({ formFactor: "2.5" }, "Mystery disk"))]),
      RULE_IDS.storageSataPorts,
    );
    expect(found.map((f) => f.message)).toEqual([
      "SAS disk is a SAS drive: it needs a SAS controller (HBA), not a SATA port.",
      "Could not check whether Mystery disk needs a SATA port because its interface is unknown.",
    ]);
  });
});

describe("storage.bays", () => {
  it("passes 2.5-inch drives in 2.5-inch bays", () => {
    expect(ruleFindings(makeBuild([item("s", samsung850Evo500, 2), item("c", defineR5)]), RULE_IDS.storageBays)).toEqual([]);
  });

  it("notes 2.5-inch drives overflowing into free 3.5-inch bays (adapter), not an error", () => {
    const f = onlyFinding(makeBuild([item("s", samsung850Evo500, 4), item("c", defineR5)]), RULE_IDS.storageBays);
    expect(f.severity).toBe("note");
    expect(f.message).toContain('use 2 3.5" bays');
    expect(f.message).toContain("adapter");
  });

  it("errors when 3.5-inch drives exceed the 3.5-inch bays", () => {
    const f = onlyFinding(makeBuild([item("h", wdRed4tb, 5), item("c", lianLiTu200)]), RULE_IDS.storageBays);
    expect(f.message).toBe('5 x WD Red 4TB need 5 3.5" bays; Lian Li PC-TU200 has 4.');
  });

  it("errors when 2.5-inch drives exceed all bays left", () => {
    const build = makeBuild([item("s", samsung850Evo500, 4), item("h", wdRed4tb, 3), item("c", lianLiTu200)]);
    const f = onlyFinding(build, RULE_IDS.storageBays);
    expect(f.severity).toBe("error");
    expect(f.message).toContain('need 4 2.5" bays; Lian Li PC-TU200 has 2 plus 1 free 3.5" bay.');
  });

  it("notes unknown bay counts", () => {
    const vague = part("case", "Vague case", {});
    expect(onlyFinding(makeBuild([item("h", wdRed4tb), item("c", vague)]), RULE_IDS.storageBays).severity).toBe("note");
  });
});

describe("storage.form-factor", () => {
  it("notes drives this check cannot place", () => {
    const found = ruleFindings(
      makeBuild([item("u", drive({ formFactor: "U.2" }, "U.2 drive")), item("x", drive({}, "Unknown drive")), item("b", asrockZ270Itx)]),
      RULE_IDS.storageFormFactor,
    );
    expect(found.map((f) => f.itemIds)).toEqual([["u"], ["x"]]);
    expect(found[1]?.message).toContain("because its form factor is unknown");
  });
});
