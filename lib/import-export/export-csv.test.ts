import { describe, expect, it } from "vitest";
import type { ResolvedBuild } from "../builds/types";
import { parseCsv } from "./csv";
import { exportCsv } from "./export-csv";
import { sampleBuild } from "./fixtures/sample-build";

describe("exportCsv", () => {
  it("writes a header, one row per line, and subtotal/shipping/tax/total rows", () => {
    const parsed = parseCsv(exportCsv(sampleBuild));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows).toEqual([
      ["Category", "Type", "Item", "Part ID", "Quantity", "Unit Price", "Discount", "Line Total", "Currency"],
      ["cpu", "CPU", "AMD Ryzen 9 7950X", "cpu-7950x", "1", "549.00", "0.00", "549.00", "USD"],
      ["gpu", "Video Card", "NVIDIA GeForce RTX 4090 Founders Edition", "gpu-4090-fe", "2", "1599.99", "100.00", "3099.98", "USD"],
      ["memory", "Memory", "Kingston [ECC] 4x32GB *server* kit", "", "1", "399.00", "0.00", "399.00", "USD"],
      ["other", "UPS", "Eaton 5P 1550 UPS", "", "1", "", "", "", "USD"],
      ["psu", "Power Supply", "Corsair HX1500i", "psu-hx1500i", "1", "379.99", "0.00", "379.99", "USD"],
      ["Subtotal", "", "", "", "", "", "", "4427.97", "USD"],
      ["Shipping", "", "", "", "", "", "", "49.99", "USD"],
      ["Tax (8.25%)", "", "", "", "", "", "", "365.31", "USD"],
      ["Total", "", "", "", "", "", "", "4843.27", "USD"],
    ]);
  });

  it("neutralises part names that a spreadsheet would run as formulas", () => {
    const evil: ResolvedBuild = {
      ...sampleBuild,
      items: [
        { id: "x", part: { id: null, category: "other", name: '=HYPERLINK("http://evil.example","click")', specs: {} }, quantity: 1, priceCents: 100, discountCents: 0 },
        { id: "y", part: { id: null, category: "other", name: "@cmd|' /C calc'!A0", specs: {} }, quantity: 1, priceCents: 100, discountCents: 0 },
        { id: "z", part: { id: null, category: "other", name: "-1+1", specs: {} }, quantity: 1, priceCents: 100, discountCents: 0 },
      ],
    };
    const csv = exportCsv(evil);
    expect(csv).toContain(`other,Other,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(csv).toContain("other,Other,'@cmd|' /C calc'!A0,");
    expect(csv).toContain("other,Other,'-1+1,");
    for (const line of csv.split("\r\n")) for (const cell of line.split(",")) expect(cell).not.toMatch(/^[=+@]/);
  });
});
