import { describe, expect, it } from "vitest";
import { relevance } from "./search-rank";
import { partTerms, queryWords, segments, words } from "./search-terms";
import { variantKey } from "./variants";

const fe = partTerms({ brand: "NVIDIA", model: "GeForce GTX 1080 Ti Founders Edition", chipset: "GeForce GTX 1080 Ti", specs: ["nvidia", "Pascal"], partNumbers: [] });
const zotac = partTerms({ brand: "Zotac", model: "AMP GeForce GTX 1080 Ti 11GB GDDR5X Black", chipset: "GeForce GTX 1080 Ti", specs: [], partNumbers: ["ZT-P10810D-10P"] });
const gtx1080 = partTerms({ brand: "NVIDIA", model: "GeForce GTX 1080 Founders Edition", chipset: "GeForce GTX 1080", specs: [], partNumbers: [] });
const score = (terms: typeof fe, q: string) => relevance(terms, queryWords(q));

describe("words and segments", () => {
  it("folds case and accents and splits on anything but letters and digits", () => {
    expect(words("Core i7-7700K (Kaby Lake) – Ryzen™ 7 7800X3D")).toEqual(["core", "i7", "7700k", "kaby", "lake", "ryzen", "7", "7800x3d"]);
    expect(words("Crème")).toEqual(["creme"]);
  });

  it("cuts words where letters and digits meet", () => {
    expect(segments("7700k")).toEqual(["7700", "k"]);
    expect(segments("rtx4090")).toEqual(["rtx", "4090"]);
    expect(segments("edition")).toEqual(["edition"]);
  });
});

describe("matching", () => {
  it("matches whole words only: 'ti' is not inside 'Edition', '1080' is not '10800'", () => {
    expect(score(gtx1080, "ti")).toBeNull();
    expect(score(fe, "ti")).not.toBeNull();
    const big = partTerms({ brand: "X", model: "Turbo 10800", specs: [], partNumbers: [] });
    expect(score(big, "1080")).toBeNull();
  });

  it("matches model-number prefixes at a letter/digit seam and glued words", () => {
    const cpu = partTerms({ brand: "Intel", model: "Core i7-7700K", specs: ["LGA1151"], partNumbers: [] });
    expect(score(cpu, "7700")).not.toBeNull();
    expect(score(cpu, "770")).toBeNull();
    expect(score(fe, "1080ti")).not.toBeNull();
    expect(score(fe, "gtx1080ti")).not.toBeNull();
    expect(score(cpu, "lga1151")).not.toBeNull();
    expect(score(zotac, "ztp10810d10p")).not.toBeNull();
  });
});

describe("relevance", () => {
  it("weighs model numbers most, then chipset, series and brand", () => {
    expect(score(fe, "1080")! - score(fe, "geforce")!).toBeGreaterThan(0);
    expect(score(fe, "founders")! - score(fe, "nvidia")!).toBeGreaterThan(0);
  });

  it("costs a point per model-number or chipset word the query leaves out", () => {
    // "1080": the GTX 1080 names nothing more; the 1080 Ti also has "ti".
    expect(score(gtx1080, "1080")!).toBeGreaterThan(score(fe, "1080")!);
    // A name padded with memory size and type ranks below a clean one.
    expect(score(fe, "1080 ti")!).toBeGreaterThan(score(zotac, "1080 ti")!);
  });

  it("adds a bonus when the query's words stand side by side in the name", () => {
    const c = partTerms({ brand: "Fractal Design", model: "Define C ATX Mid Tower Black", specs: [], partNumbers: [] });
    const seven = partTerms({ brand: "Fractal Design", model: "Define 7 ATX Mid Tower (USB Type-C)", specs: [], partNumbers: [] });
    expect(score(c, "define c")! - score(seven, "define c")!).toBeGreaterThanOrEqual(3);
  });
});

describe("variantKey", () => {
  const base = { category: "case" as const, brand: "Fractal Design", specs: { type: "Mid Tower" } };
  it("is shared by colour and packaging variants with the same specs", () => {
    expect(variantKey({ ...base, model: "Define C ATX Mid Tower Black" })).toBe(variantKey({ ...base, model: "Define C ATX Mid Tower White" }));
    expect(variantKey({ ...base, category: "cpu", model: "Ryzen 7 7800X3D" })).toBe(variantKey({ ...base, category: "cpu", model: "Ryzen 7 7800X3D OEM/Tray" }));
  });

  it("differs when the specs or other words differ", () => {
    expect(variantKey({ ...base, model: "Define C" })).not.toBe(variantKey({ ...base, model: "Define C", specs: { type: "Full Tower" } }));
    expect(variantKey({ ...base, model: "Define C Black" })).not.toBe(variantKey({ ...base, model: "Define C Mini Black" }));
  });
});

describe("curated names with a part number in parentheses", () => {
  it("find the part by its number but do not count the number's pieces against it", async () => {
    const { termsOfPart } = await import("./search-text");
    const curated = termsOfPart({ brand: "EVGA", model: "SuperNOVA 850 G3 (220-G3-0850-X1)", specs: {} });
    const imported = termsOfPart({ brand: "EVGA", model: "SuperNOVA 850 G3 850W 80+ Gold Certified Fully Modular ATX", specs: {} });
    expect(score(curated, "supernova 850 g3")!).toBeGreaterThan(score(imported, "supernova 850 g3")!);
    expect(score(curated, "220-G3-0850-X1")).not.toBeNull();
  });
});
