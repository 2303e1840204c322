import { describe, expect, it } from "vitest";
import { parsePrice, parsePriceList } from "./price-list-csv";

const NOW = new Date("2026-11-30T12:00:00Z");

describe("parsePrice", () => {
  it("reads major units with an optional symbol and thousands commas", () => {
    expect(parsePrice("699.99", "USD")).toBe(69_999);
    expect(parsePrice("$1,599", "USD")).toBe(159_900);
    expect(parsePrice("1599.5", "EUR")).toBe(159_950);
    expect(parsePrice("89800", "JPY")).toBe(89_800);
    expect(parsePrice("898.50", "JPY")).toBeNull();
    for (const bad of ["", "0", "-5", "1.999", "12,34", "abc", "1e5", "99999999999"]) expect(parsePrice(bad, "USD"), bad).toBeNull();
  });
});

describe("parsePriceList", () => {
  it("reads valid rows and lists each invalid one with its line and reason", () => {
    const csv = [
      "retailer,price,currency,observedAt,partId,mpn,name,category,url",
      "Newegg,1599.99,USD,2024-03-01,gpu-nvidia-geforce-rtx-4090-fe,,,gpu,https://www.newegg.com/p/N82E16814487001",
      'Amazon,"1,649.00",usd,2024-03-02T10:00:00Z,,900-1G136-2530-000,,,',
      "Micro Center,1549,USD,2024-03-03,,,NVIDIA GeForce RTX 4090 Founders Edition,gpu,",
      "Bad price,12.345,USD,2024-03-01,x,,,,",
      "Future,10,USD,2027-01-01,x,,,,",
      "Nowhere,10,USD,2024-03-01,,,,,",
      "Odd currency,10,DOGE,2024-03-01,x,,,,",
      "Bad url,10,USD,2024-03-01,x,,,,javascript:alert(1)",
      "Bad category,10,USD,2024-03-01,,,Some part,spaceship,",
    ].join("\n");
    const r = parsePriceList(csv, NOW);
    if (!r.ok) throw new Error(r.message);
    expect(r.rows.map((row) => [row.line, row.retailer, row.priceCents, row.currency, row.observedAt.slice(0, 10)])).toEqual([
      [2, "Newegg", 159_999, "USD", "2024-03-01"], [3, "Amazon", 164_900, "USD", "2024-03-02"], [4, "Micro Center", 154_900, "USD", "2024-03-03"],
    ]);
    expect(r.rows[1]).toMatchObject({ partId: null, mpn: "900-1G136-2530-000", url: null });
    expect(r.invalid.map((p) => p.line)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(r.invalid[0]?.reason).toMatch(/price/);
    expect(r.invalid[1]?.reason).toMatch(/observedAt/);
    expect(r.invalid[2]?.reason).toMatch(/partId, mpn or name/);
  });

  it("refuses files without the required columns or with unknown ones", () => {
    expect(parsePriceList("retailer,price,currency\nA,1,USD", NOW)).toMatchObject({ ok: false, message: expect.stringMatching(/observedAt/) });
    expect(parsePriceList("retailer,price,currency,observedAt\nA,1,USD,2024-01-01", NOW)).toMatchObject({ ok: false, message: expect.stringMatching(/partId, mpn or name/) });
    expect(parsePriceList("retailer,price,currency,observedAt,partId,colour\n", NOW)).toMatchObject({ ok: false, message: expect.stringMatching(/colour/) });
    expect(parsePriceList("", NOW)).toMatchObject({ ok: false });
  });
});
