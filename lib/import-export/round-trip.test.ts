import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Currency } from "../builds/draft";
import type { ResolvedBuild, ResolvedItem } from "../builds/types";
import { CATEGORIES } from "../parts/categories";
import { exportMarkdown } from "./export-markdown";
import { exportText } from "./export-text";
import { sampleBuild, SAMPLE_TOTAL_CENTS } from "./fixtures/sample-build";
import { buildImportPreview, previewToDraft } from "./import-preview";
import { parsePcPartPickerList, type ParsedList } from "./pcpp-parse";
import { computeCost } from "../pricing";

const generatedAt = new Date(Date.UTC(2026, 0, 2, 3, 4));
const exporters = {
  markdown: (b: ResolvedBuild) => exportMarkdown(b, { generatedAt, partUrl: (id) => `https://box.example/p/${id}` }),
  text: (b: ResolvedBuild) => exportText(b, { generatedAt }),
};

function parse(text: string, currencyHint?: Currency): ParsedList {
  const result = parsePcPartPickerList(text, { currencyHint });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe.each(Object.entries(exporters))("build -> %s -> parse", (_, exportBuild) => {
  it("gives back the sample build's items, discount, shipping, tax and total", () => {
    const list = parse(exportBuild(sampleBuild));
    expect(list.items.map((i) => [i.name, i.category, i.quantity, i.priceCents, i.discountCents ?? 0])).toEqual(
      sampleBuild.items.map((i) => [i.part.name, i.part.category, i.quantity, i.priceCents, i.discountCents]),
    );
    expect(list.statedTotalCents).toBe(SAMPLE_TOTAL_CENTS);
    expect(list.computedTotalCents).toBe(SAMPLE_TOTAL_CENTS);
    expect(list.adjustments).toMatchObject({ shippingCents: 4999, taxCents: 36_531, taxRate: 8.25 });
    expect(list.warnings).toEqual(["1 item(s) have no price and are not in the computed total."]);
  });

  it("keeps parentheses that are part of a name", () => {
    const build: ResolvedBuild = {
      ...sampleBuild,
      items: [{ id: "a", part: { id: null, category: "case-fan", name: "Fan a(b)", specs: {} }, quantity: 1, priceCents: null, discountCents: 0 }],
    };
    expect(parse(exportBuild(build)).items[0]?.name).toBe("Fan a(b)");
  });

  it("round-trips arbitrary builds", () => {
    fc.assert(fc.property(arbitraryBuild, (build) => {
      const list = parse(exportBuild(build), build.currency);
      expect(list.items.map((i) => [i.name, i.category, i.quantity, i.priceCents, i.discountCents ?? 0])).toEqual(
        build.items.map((i) => [i.part.name, i.part.category, i.quantity, i.priceCents, i.priceCents === null ? 0 : i.discountCents]),
      );
      expect(list.statedTotalCents).toBe(computeCost(build).totalCents);
      expect(list.computedTotalCents).toBe(computeCost(build).totalCents);
      expect(list.currency).toBe(build.currency);
    }), { numRuns: 150 });
  });
});

describe("build -> markdown -> preview -> draft", () => {
  it("matches catalog parts back to their ids and keeps the rest as custom parts", () => {
    const catalog = [
      { id: "cpu-7950x", category: "cpu" as const, brand: "AMD", model: "Ryzen 9 7950X" },
      { id: "cpu-7900x", category: "cpu" as const, brand: "AMD", model: "Ryzen 9 7900X" },
      { id: "gpu-4090-fe", category: "gpu" as const, brand: "NVIDIA", model: "GeForce RTX 4090 Founders Edition" },
      { id: "psu-hx1500i", category: "psu" as const, brand: "Corsair", model: "HX1500i" },
    ];
    const preview = buildImportPreview(parse(exporters.markdown(sampleBuild)), catalog);
    const draft = previewToDraft(preview, "Imported");
    expect(draft).toEqual({
      name: "Imported",
      currency: "USD",
      shippingCents: 4999,
      taxRate: 8.25,
      items: [
        { partId: "cpu-7950x", quantity: 1, priceCents: 54900 },
        { partId: "gpu-4090-fe", quantity: 2, priceCents: 159999, discountCents: 10000 },
        { custom: { name: "Kingston [ECC] 4x32GB *server* kit", category: "memory" }, quantity: 1, priceCents: 39900 },
        { custom: { name: "Eaton 5P 1550 UPS", category: "other", specs: { kind: "UPS" } }, quantity: 1, priceCents: null },
        { partId: "psu-hx1500i", quantity: 1, priceCents: 37999 },
      ],
    });
  });
});

// Names use markdown's special characters on purpose; "&" is left out because "&amp;" in a
// name would be read back as an HTML entity.
const nameChar = fc.constantFrom(..."abcXYZ019 -.()[]*_|#<>\\`/+:'\"".split(""));
const partName = fc
  .array(nameChar, { minLength: 1, maxLength: 30 })
  .map((chars) => `Part ${chars.join("")}`.replace(/\s+/g, " ").trim());
const currency = fc.constantFrom<Currency>("USD", "EUR", "GBP", "JPY", "CHF", "SEK", "INR", "CAD", "AUD");
const otherKind = fc.constantFrom(undefined, "Monitor", "UPS", "Keyboard");

const item = fc
  .record({
    name: partName,
    category: fc.constantFrom(...CATEGORIES),
    kind: otherKind,
    catalog: fc.boolean(),
    quantity: fc.integer({ min: 1, max: 4 }),
    priceCents: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
    discountShare: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ name, category, kind, catalog, quantity, priceCents, discountShare }): Omit<ResolvedItem, "id"> => ({
    part: {
      id: catalog ? `p-${name.length}` : null,
      category,
      name,
      specs: category === "other" && kind ? { kind } : {},
    } as ResolvedItem["part"],
    quantity,
    priceCents,
    discountCents: priceCents === null ? 0 : Math.floor((priceCents * quantity * discountShare) / 400),
  }));

const arbitraryBuild: fc.Arbitrary<ResolvedBuild> = fc
  .record({
    currency,
    shippingCents: fc.integer({ min: 0, max: 100_000 }),
    taxMilliPct: fc.integer({ min: 0, max: 25_000 }),
    items: fc.uniqueArray(item, { minLength: 1, maxLength: 8, selector: (i) => i.part.name }),
  })
  .map(({ items, ...rest }) => ({
    name: "Random build",
    notes: "",
    ...rest,
    items: items.map((i, index) => ({ ...i, id: `item-${index}` })),
  }));
