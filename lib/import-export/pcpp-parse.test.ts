import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePcPartPickerList, type ParsedList, type ParseResult } from "./pcpp-parse";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function parsed(result: ParseResult): ParsedList {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

const summary = (list: ParsedList) => list.items.map((i) => [i.category, i.quantity, i.priceCents]);

describe("parsePcPartPickerList: regional markdown exports", () => {
  it("US list with rebates, purchased and unknown prices, custom rows and repeated fans", () => {
    const list = parsed(parsePcPartPickerList(fixture("us-rebates.md")));
    expect(list.site).toBe("us");
    expect(list.currency).toBe("USD");
    expect(summary(list)).toEqual([
      ["cpu", 1, 54900],
      ["cpu-cooler", 1, 11995],
      ["motherboard", 1, 45999],
      ["memory", 1, 21999],
      ["storage", 1, 16999],
      ["gpu", 1, 159900],
      ["case", 1, 22999],
      ["psu", 1, 37999],
      ["case-fan", 2, 2995],
      ["other", 1, null],
      ["other", 1, 1000],
    ]);
    expect(list.items[0]).toMatchObject({
      typeLabel: "CPU",
      name: "AMD Ryzen 9 7950X 4.5 GHz 16-Core Processor",
      retailer: "Amazon",
      url: expect.stringMatching(/^https:\/\/pcpartpicker\.com\/product\/22p323\//),
    });
    expect(list.items[5]).toMatchObject({ purchased: true, name: "NVIDIA Founders Edition GeForce RTX 4090 24 GB Video Card" });
    expect(list.items[6]?.retailer).toBe("B&H");
    expect(list.items[9]).toMatchObject({ typeLabel: "Operating System", name: "Microsoft Windows 11 Pro OEM - DVD 64-bit" });
    expect(list.items[10]).toMatchObject({ typeLabel: "Custom", name: "Ubuntu 22.04 USB stick" });
    expect(list.adjustments.rebateCents).toBe(2000);
    expect(list.statedTotalCents).toBe(377_780);
    expect(list.computedTotalCents).toBe(377_780);
    expect(list.warnings).toEqual(["1 item(s) have no price and are not in the computed total."]);
  });

  it("CA$ list (ca. subdomain): dual GPU as repeated (2-Way SLI) rows and two memory kits", () => {
    const list = parsed(parsePcPartPickerList(fixture("ca-dual-gpu.md")));
    expect(list.site).toBe("ca");
    expect(list.currency).toBe("CAD");
    expect(list.items.every((i) => i.currency === "CAD")).toBe(true);
    const gpu = list.items.find((i) => i.category === "gpu");
    expect(gpu).toMatchObject({ name: "EVGA GeForce RTX 3090 24 GB FTW3 ULTRA GAMING Video Card", quantity: 2, priceCents: 239_999 });
    expect(list.items.find((i) => i.category === "memory")?.quantity).toBe(2);
    expect(list.items).toHaveLength(7);
    expect(list.statedTotalCents).toBe(787_991);
    expect(list.computedTotalCents).toBe(787_991);
    expect(list.warnings).toEqual([]);
  });

  it("AU$ list (au. subdomain)", () => {
    const list = parsed(parsePcPartPickerList(fixture("au.md")));
    expect([list.site, list.currency]).toEqual(["au", "AUD"]);
    expect(list.items.find((i) => i.category === "gpu")?.priceCents).toBe(189_900);
    expect(list.items.at(-1)).toMatchObject({ category: "other", typeLabel: "Monitor", priceCents: null });
    expect(list.statedTotalCents).toBe(384_400);
    expect(list.computedTotalCents).toBe(384_400);
  });

  it("EUR list with decimal commas and the symbol after the amount", () => {
    const list = parsed(parsePcPartPickerList(fixture("de-eur-suffix.md")));
    expect([list.site, list.currency]).toEqual(["de", "EUR"]);
    expect(list.items.map((i) => i.priceCents)).toEqual([37_990, 21_990, 179_900, 12_345]);
    expect(list.items[1]?.retailer).toBe("Alternate");
    expect(list.statedTotalCents).toBe(252_225);
    expect(list.warnings).toEqual([]);
  });

  it("EUR list in a prettified table with the symbol before the amount", () => {
    const list = parsed(parsePcPartPickerList(fixture("fr-eur-prettified.md")));
    expect([list.site, list.currency]).toEqual(["fr", "EUR"]);
    expect(list.items.map((i) => [i.category, i.priceCents, i.retailer])).toEqual([
      ["cpu", 44_990, "LDLC"],
      ["gpu", 102_999, "Materiel.net"],
      ["memory", 11_990, "Amazon France"],
      ["other", 28_900, "LDLC"],
    ]);
    expect(list.items[3]?.typeLabel).toBe("Wired Network Adapter");
    expect(list.statedTotalCents).toBe(188_879);
    expect(list.computedTotalCents).toBe(188_879);
  });

  it("GBP list", () => {
    const list = parsed(parsePcPartPickerList(fixture("uk-gbp.md")));
    expect([list.site, list.currency]).toEqual(["uk", "GBP"]);
    expect(list.items.map((i) => i.priceCents)).toEqual([23_999, 16_998, 74_999, 9_899]);
    expect(list.items[2]?.retailer).toBe("Overclockers.co.uk");
    expect(list.computedTotalCents).toBe(125_895);
    expect(list.statedTotalCents).toBe(125_895);
  });
});

describe("parsePcPartPickerList: other layouts", () => {
  it("hand-written table with | --- | rows, no links and no site: USD, two identical GPUs collapsed", () => {
    const list = parsed(parsePcPartPickerList(fixture("prettified-dashes.md")));
    expect(list.site).toBeUndefined();
    expect(list.currency).toBe("USD");
    expect(list.items.map((i) => [i.typeLabel, i.name, i.quantity, i.priceCents])).toEqual([
      ["CPU", "AMD Ryzen Threadripper 7960X 4.2 GHz 24-Core Processor", 1, 139_999],
      ["Motherboard", "Asus Pro WS TRX50-SAGE WIFI CEB sTR5 Motherboard", 1, 89_999],
      ["Video Card", "PNY RTX 6000 Ada Generation 48 GB Video Card", 2, 679_900],
      ["Custom", "NVLink bridge (used)", 1, 4_500],
      ["Other", "Anti-static wrist strap", 1, null],
    ]);
    expect(list.statedTotalCents).toBe(1_594_298);
    expect(list.computedTotalCents).toBe(1_594_298);
  });

  it("reads columns by header name when a list has an extra Source column", () => {
    const list = parsed(parsePcPartPickerList(fixture("reddit-source-column.md")));
    expect(list.items.map((i) => [i.category, i.name, i.priceCents])).toEqual([
      ["cpu", "Intel Core i7-14700K 3.4 GHz 20-Core Processor", 35_999],
      ["memory", "Corsair Vengeance 64 GB (2 x 32 GB) DDR5-6000 CL30 Memory", 18_999],
      ["gpu", "Asus ProArt OC GeForce RTX 4080 SUPER 16 GB Video Card", 109_999],
    ]);
    expect(list.computedTotalCents).toBe(164_997);
    expect(list.warnings).toEqual([]);
  });

  it("reads the plain-text export, keeping non-price parentheses in names", () => {
    const list = parsed(parsePcPartPickerList(fixture("us-text.txt")));
    expect(list.site).toBe("us");
    const gpu = list.items.find((i) => i.category === "gpu");
    expect(gpu).toMatchObject({ name: "EVGA GeForce GTX 1080 Ti 11GB FTW3 GAMING Video Card", quantity: 2, priceCents: 77_999, retailer: "Newegg" });
    expect(list.items.find((i) => i.category === "case")?.name).toBe("Fractal Design Define R5 (Black) ATX Mid Tower Case");
    expect(list.items.find((i) => i.category === "case-fan")).toMatchObject({ name: "Corsair ML120 (2018)", priceCents: null });
    expect(list.items).toHaveLength(10);
    expect(list.adjustments.rebateCents).toBe(2000);
    expect(list.statedTotalCents).toBe(268_491);
    expect(list.computedTotalCents).toBe(268_491);
  });

  it("reports a stated total that disagrees with the prices instead of fixing it", () => {
    const list = parsed(parsePcPartPickerList(fixture("mismatch.md")));
    expect(list.statedTotalCents).toBe(113_894);
    expect(list.computedTotalCents).toBe(112_894);
    expect(list.warnings).toContainEqual(expect.stringContaining("differs from the sum of its prices ($1,128.94) by $10.00"));
  });

  it("gives quantity N to a lone row marked (N-Way SLI), with a warning", () => {
    const md = "Type|Item|Price\n:----|:----|:----\n**Video Card** | [EVGA GTX 1080 Ti](https://pcpartpicker.com/product/x) (3-Way SLI) | $700.00 @ Newegg\n| **Total** | **$2,100.00**\n";
    const list = parsed(parsePcPartPickerList(md));
    expect(list.items).toEqual([expect.objectContaining({ name: "EVGA GTX 1080 Ti", quantity: 3 })]);
    expect(list.computedTotalCents).toBe(210_000);
    expect(list.warnings).toContainEqual(expect.stringContaining("quantity 3"));
  });

  it("reads rows without a header and uses the site to resolve a bare $ (NZ)", () => {
    const md = "https://nz.pcpartpicker.com/list/abc\n**CPU** | Ryzen 5 7600 | $389.00 @ PB Tech\n**Memory** | DDR5 32GB | $159.00\n";
    const list = parsed(parsePcPartPickerList(md));
    expect([list.site, list.currency, list.computedTotalCents]).toEqual(["nz", "NZD", 54_800]);
  });

  it("uses the currency hint for a bare $ when the list has no link", () => {
    const list = parsed(parsePcPartPickerList("**CPU** | Ryzen 5 7600 | $389.00\n", { currencyHint: "CAD" }));
    expect(list.currency).toBe("CAD");
  });

  it("warns about mixed currencies and unknown row types", () => {
    const md = "Type|Item|Price\n:--|:--|:--\n**CPU** | A | £100.00\n**Gizmo** | B | €50,00\n";
    const list = parsed(parsePcPartPickerList(md));
    expect(list.items[1]).toMatchObject({ category: "other", typeLabel: "Gizmo", currency: "EUR" });
    expect(list.warnings).toContainEqual(expect.stringContaining("mix currencies"));
    expect(list.warnings).toContainEqual(expect.stringContaining('unknown type "Gizmo"'));
  });

  it("reads a text export whose names contain pipes, despite a stray pipe line", () => {
    const list = parsed(parsePcPartPickerList("Build | v2\n|\nCPU: Ryzen | 7600  ($229.00)\nTotal: $229.00\n"));
    expect(list.items).toEqual([expect.objectContaining({ name: "Ryzen | 7600", priceCents: 22_900 })]);
    expect(list.warnings).toEqual([]);
  });

  it("accepts CRLF line ends, a BOM and non-breaking spaces", () => {
    const md = "\uFEFFType|Item|Price\r\n:----|:----|:----\r\n**CPU** | Ryzen 5 7600 | 229,00\u00A0€\r\n";
    expect(parsed(parsePcPartPickerList(md)).items[0]).toMatchObject({ priceCents: 22_900, currency: "EUR" });
  });
});

describe("parsePcPartPickerList: garbage", () => {
  it.each([
    ["empty text", "", "empty"],
    ["whitespace", " \n\t ", "empty"],
    ["prose", "Hello, I would like a fast computer for deep learning, thanks!", "not_a_part_list"],
    ["a table of something else", "| a | b |\n|---|---|\n| 1 | 2 |\n", "not_a_part_list"],
    ["JSON", '{"cpu": "Ryzen"}', "not_a_part_list"],
    ["a NUL byte", "**CPU** | Ryzen | $1.00\u0000", "binary"],
    ["PNG bytes", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", "binary"],
    ["over 1 MiB", `**CPU** | Ryzen | $1.00\n${"x".repeat(1024 * 1024)}`, "too_large"],
    ["1 MiB of multibyte text", "€".repeat(400_000), "too_large"],
  ])("rejects %s with a typed error", (_, text, code) => {
    const result = parsePcPartPickerList(text);
    expect(result).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  });
});

describe("parsePcPartPickerList: bounded fields and reports", () => {
  it("cuts a name over 500 characters and a line over 2,000, saying so", () => {
    const long = `CPU: Intel Core i7-7700K ${"x".repeat(600)} ($339.99 @ Amazon)`;
    const list = parsed(parsePcPartPickerList(long));
    expect(list.items[0]!.name).toHaveLength(500);
    expect(list.warnings).toContain("Line 1: name longer than 500 characters, cut.");
    const huge = parsed(parsePcPartPickerList(`| Type | Item | Price |\n| CPU | ${"y".repeat(5000)} | $1 |`));
    expect(huge.warnings).toContain("Line 2: longer than 2000 characters, cut.");
    expect(huge.items[0]!.name.length).toBeLessThanOrEqual(500);
  });

  it("reports at most 50 warnings, then how many more", () => {
    const table = ["| Type | Item | Price |", "| CPU | Intel Core i7-7700K | $339.99 |", ...Array.from({ length: 200 }, () => "| | |")].join("\n");
    const list = parsed(parsePcPartPickerList(table));
    expect(list.warnings).toHaveLength(51);
    expect(list.warnings.at(-1)).toBe("…and 150 more warnings.");
  });

  it("quotes at most 80 characters of an unreadable cell", () => {
    const list = parsed(parsePcPartPickerList(`| Type | Item | Price |\n| CPU | Intel Core i7-7700K | ${"z".repeat(300)} |`));
    const warning = list.warnings.find((w) => w.includes("unreadable price"))!;
    expect(warning.length).toBeLessThan(130);
  });
});
