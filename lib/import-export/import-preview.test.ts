import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDraftSchema, MAX_ITEMS } from "../builds/draft";
import { buildImportPreview, previewToDraft } from "./import-preview";
import { parsePcPartPickerList, type ParsedList } from "./pcpp-parse";

const parse = (text: string): ParsedList => {
  const result = parsePcPartPickerList(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

const catalog = [
  { id: "r9-7950x", category: "cpu" as const, brand: "AMD", model: "Ryzen 9 7950X" },
  { id: "rtx4090-fe", category: "gpu" as const, brand: "NVIDIA", model: "GeForce RTX 4090 Founders Edition 24GB" },
  { id: "meshify2xl", category: "case" as const, brand: "Fractal Design", model: "Meshify 2 XL" },
];

describe("buildImportPreview + previewToDraft", () => {
  const list = parse(readFileSync(new URL("./fixtures/us-rebates.md", import.meta.url), "utf8"));
  const preview = buildImportPreview(list, catalog);

  it("previews every item with its match, or null to keep it custom", () => {
    expect(preview.items.map((i) => [i.category, i.quantity, i.match?.partId ?? null])).toEqual([
      ["cpu", 1, "r9-7950x"],
      ["cpu-cooler", 1, null],
      ["motherboard", 1, null],
      ["memory", 1, null],
      ["storage", 1, null],
      ["gpu", 1, "rtx4090-fe"],
      ["case", 1, "meshify2xl"],
      ["psu", 1, null],
      ["case-fan", 2, null],
      ["other", 1, null],
      ["other", 1, null],
    ]);
    expect(preview.items[0]?.match?.confidence).toBeGreaterThanOrEqual(0.7);
    expect([preview.currency, preview.statedTotalCents, preview.computedTotalCents]).toEqual(["USD", 377_780, 377_780]);
    expect(preview.warnings).toEqual(list.warnings);
  });

  it("turns the preview into a valid draft, keeping prices, kinds and the rebate as a note", () => {
    const draft = previewToDraft(preview, "  From PCPartPicker  ");
    expect(buildDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.name).toBe("From PCPartPicker");
    expect(draft.currency).toBe("USD");
    expect(draft.items[0]).toEqual({ partId: "r9-7950x", quantity: 1, priceCents: 54_900 });
    expect(draft.items[8]).toEqual({
      custom: { name: "Noctua NF-A14 PWM chromax.black.swap 82.52 CFM 140 mm Fan", category: "case-fan" },
      quantity: 2,
      priceCents: 2_995,
    });
    expect(draft.items[9]).toMatchObject({ custom: { category: "other", specs: { kind: "Operating System" } }, priceCents: null });
    expect(draft.items[10]).toMatchObject({ custom: { name: "Ubuntu 22.04 USB stick", category: "other" } });
    expect(draft.items[10]).not.toHaveProperty("custom.specs");
    expect(draft.notes).toContain("$20.00");
  });

  it("honours a match the user changed in the preview", () => {
    const edited = { ...preview, items: preview.items.map((i, n) => (n === 0 ? { ...i, match: null } : i)) };
    expect(previewToDraft(edited).items[0]).toMatchObject({ custom: { name: "AMD Ryzen 9 7950X 4.5 GHz 16-Core Processor", category: "cpu" } });
  });

  it("keeps a draft valid for oversized lists and unsupported currencies, with warnings", () => {
    const rows = Array.from({ length: 70 }, (_, i) => `**Case Fan** | Fan model ${i} | $${i}.00`).join("\n");
    const big = buildImportPreview(parse(`https://nz.pcpartpicker.com/list/x\n${rows}\n`), []);
    expect(big.items).toHaveLength(MAX_ITEMS);
    expect(big.warnings).toContainEqual(expect.stringContaining(`first ${MAX_ITEMS} of 70`));
    expect(big.warnings).toContainEqual(expect.stringContaining("NZD is not supported"));
    const draft = previewToDraft(big);
    expect(draft.currency).toBeUndefined();
    expect(buildDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("caps quantities at the draft maximum", () => {
    const rows = Array.from({ length: 120 }, () => "**Case Fan** | Arctic P12 | $5.00").join("\n");
    const capped = buildImportPreview(parse(rows), []);
    expect(capped.items[0]?.quantity).toBe(99);
    expect(capped.warnings).toContainEqual(expect.stringContaining("capped at 99"));
  });
});
