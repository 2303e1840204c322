import { describe, expect, it } from "vitest";
import { build2017 } from "../fixtures/builds";
import { catalogPart } from "../fixtures/catalog-parts";
import { dual4090Threadripper } from "../fixtures/issue-15-builds";
import { item, makeBuild, part } from "../fixtures/make";
import { onlyFinding, ruleFindings } from "../fixtures/report-helpers";
import { RULE_IDS } from "../rule-ids";

const udimm = catalogPart("memory-corsair-vengeance-64gb-2x32gb-ddr5-6000-cl30");
const rdimm = catalogPart("memory-kingston-fury-renegade-pro-128gb-4x32gb-ddr5-6000-rdimm");

// Issue #15, item 3: UDIMMs on TRX50 passed; Threadripper 7000 takes registered ECC DDR5.
describe("memory.registered", () => {
  it("errors on desktop DDR5 in the 2x RTX 4090 Threadripper (TRX50) build", () => {
    const f = onlyFinding(dual4090Threadripper, RULE_IDS.memoryRegistered);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("Gigabyte TRX50 AERO D takes registered ECC memory (RDIMM)");
    expect(f.message).toContain("is unbuffered (DIMM)");
    expect(f.itemIds).toEqual(["board", "ram"]);
  });

  it("errors on RDIMMs on a desktop board", () => {
    const f = onlyFinding(makeBuild([item("b", catalogPart("motherboard-msi-pro-z790-a-wifi")), item("m", rdimm)]), RULE_IDS.memoryRegistered);
    expect(f.severity).toBe("error");
    expect(f.message).toContain("takes unbuffered DIMMs only");
  });

  it("passes RDIMMs on TRX50 and WRX90, and unbuffered DIMMs on the 2017 box", () => {
    for (const board of ["motherboard-gigabyte-trx50-aero-d", "motherboard-asus-pro-ws-wrx90e-sage-se"]) {
      expect(ruleFindings(makeBuild([item("b", catalogPart(board)), item("m", rdimm)]), RULE_IDS.memoryRegistered)).toEqual([]);
    }
    expect(ruleFindings(build2017, RULE_IDS.memoryRegistered)).toEqual([]);
  });

  it("reads the socket when the board does not say (sTR5 registered, AM5 unbuffered)", () => {
    const trBoard = part("motherboard", "Some TRX50 board", { socket: "sTR5" });
    expect(onlyFinding(makeBuild([item("b", trBoard), item("m", udimm)]), RULE_IDS.memoryRegistered).severity).toBe("error");
    const am5Board = part("motherboard", "Some AM5 board", { socket: "AM5" });
    expect(onlyFinding(makeBuild([item("b", am5Board), item("m", rdimm)]), RULE_IDS.memoryRegistered).severity).toBe("error");
  });

  it("notes ECC modules on a board without ECC, and unknowns", () => {
    const eccUdimm = part("memory", "ECC UDIMM kit", { type: "DDR5", formFactor: "DIMM", ecc: true });
    const note = onlyFinding(makeBuild([item("b", catalogPart("motherboard-msi-pro-z790-a-wifi")), item("m", eccUdimm)]), RULE_IDS.memoryRegistered);
    expect(note.severity).toBe("note");
    expect(note.message).toContain("without error correction");
    const unknownBoard = part("motherboard", "Mystery board", {});
    expect(onlyFinding(makeBuild([item("b", unknownBoard), item("m", rdimm)]), RULE_IDS.memoryRegistered).message).toContain("Could not check");
  });
});
