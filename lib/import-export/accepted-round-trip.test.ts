import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDraftSchema, type BuildDraft } from "../builds/draft";
import { normalizeDraft } from "../builds/normalize-draft";
import { CATEGORIES } from "../parts/categories";
import type { Part } from "../parts/types";
import { fileSafeText, firstUnsafeChar } from "../text/file-safe";
import { exportCsv } from "./export-csv";
import { exportJson } from "./export-json";
import { exportMarkdown } from "./export-markdown";
import { exportText } from "./export-text";
import { importBuildJson } from "./import-json";

// Issue 13: create must accept exactly the text the file sanitiser keeps, so that every build it
// accepts exports and imports back unchanged, and no export carries an invisible character.
const catalog = new Map<string, Part>([
  ["gpu-1", { id: "gpu-1", category: "gpu", brand: "NVIDIA", model: "GeForce GTX 1080 Ti", priceCents: 69900, currency: "USD", releaseYear: 2017, source: "builtin", externalId: null, sourceUrl: null, specs: { vramGb: 11 } }],
]);

// Text with plenty of the characters that matter: controls, bidi, zero-width, separators.
const nasty = fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u200b", "\u200e", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029", "\ufeff", "\r", "\n", "\t", "\u{e0041}");
const plain = fc.string({ unit: "grapheme", maxLength: 6 });
const text = (max: number) =>
  fc.array(fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: nasty, weight: 1 }), { maxLength: 6 }).map((parts) => parts.join("").slice(0, max));

const draftArb: fc.Arbitrary<unknown> = fc.record({
  name: text(120),
  notes: text(5000),
  currency: fc.constantFrom("USD", "EUR"),
  items: fc.array(
    fc.oneof(
      fc.record({ partId: fc.constant("gpu-1"), quantity: fc.integer({ min: 1, max: 99 }) }),
      fc.record({
        custom: fc.record({ name: text(200), category: fc.constantFrom(...CATEGORIES) }),
        quantity: fc.integer({ min: 1, max: 99 }),
        priceCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
      }),
    ),
    { maxLength: 5 },
  ),
});

function expectedImport(draft: BuildDraft) {
  const normalized = normalizeDraft(draft, catalog);
  if (!normalized.ok) throw new Error(JSON.stringify(normalized.fieldErrors));
  const { content } = normalized;
  return {
    normalized,
    expected: {
      name: content.name,
      currency: content.currency,
      shippingCents: content.shippingCents,
      taxRate: content.taxMilliPct / 1000,
      notes: content.notes,
      items: content.items.map((i) => ({
        ...(i.partId ? { partId: i.partId } : { custom: i.custom?.specs && Object.keys(i.custom.specs).length > 0 ? i.custom : { name: i.custom!.name, category: i.custom!.category } }),
        quantity: i.quantity,
        priceCents: i.priceCents,
        discountCents: i.discountCents,
      })),
    },
  };
}

describe("an accepted build exports and re-imports unchanged", () => {
  it("accepts a text exactly when the file sanitiser leaves it unchanged", () => {
    fc.assert(fc.property(text(120), (name) => {
      const accepted = buildDraftSchema.safeParse({ name, items: [] }).success;
      const trimmed = name.trim();
      expect(accepted).toBe(fileSafeText(trimmed) === trimmed);
    }), { numRuns: 5000 });
    fc.assert(fc.property(text(5000), (notes) => {
      expect(buildDraftSchema.safeParse({ notes, items: [] }).success).toBe(fileSafeText(notes, { multiline: true }) === notes);
    }), { numRuns: 5000 });
  });

  it("JSON: what create accepts comes back from the export as the same draft; other exports carry nothing invisible", () => {
    let accepted = 0;
    fc.assert(fc.property(draftArb, (input) => {
      const parsed = buildDraftSchema.safeParse(input);
      if (!parsed.success) return;
      accepted += 1;
      const { normalized, expected } = expectedImport(parsed.data);
      const json = exportJson(normalized.resolved);
      const back = importBuildJson(json);
      expect(back.ok && back.draft).toEqual(expected);
      const files = [
        exportMarkdown(normalized.resolved, { generatedAt: new Date(0), partUrl: (id) => `https://x/${id}` }),
        exportText(normalized.resolved, { generatedAt: new Date(0) }),
        exportCsv(normalized.resolved).replace(/\r\n/g, "\n"),
        json,
      ];
      for (const file of files) expect(firstUnsafeChar(file, { multiline: true })).toBeNull();
    }), { numRuns: 3000 });
    // The generator must reach accepted drafts often enough for the property to mean something.
    expect(accepted).toBeGreaterThan(300);
  });

  it("old builds with invisible characters export them as inert \\u escapes and import without them", () => {
    const { normalized } = expectedImport({ name: "ok", items: [] });
    const old = { ...normalized.resolved, name: "Box\u202egnp.exe", notes: "line\u0085two\u001b[2J" };
    const json = exportJson(old);
    expect(json).toContain("Box\\u202egnp.exe");
    expect(firstUnsafeChar(json, { multiline: true })).toBeNull();
    const back = importBuildJson(json);
    expect(back.ok && [back.draft.name, back.draft.notes]).toEqual(["Boxgnp.exe", "line\ntwo[2J"]);
    const md = exportMarkdown(old, { generatedAt: new Date(0), partUrl: (id) => id });
    expect(md).toContain("Boxgnp.exe");
    expect(firstUnsafeChar(md, { multiline: true })).toBeNull();
  });
});
