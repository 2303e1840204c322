import { describe, expect, it } from "vitest";
import { CATEGORIES, CATEGORY_LABELS } from "./categories";
import { CATEGORY_PHRASES } from "./category-phrases";

describe("category phrases", () => {
  it("keep acronyms in capitals and everything else in lower case", () => {
    for (const c of CATEGORIES) {
      for (const word of CATEGORY_PHRASES[c].noun.split(" ")) {
        const acronym = /^[A-Z]{2,}$/.test(word);
        expect(acronym || word === word.toLowerCase(), `${c}: ${word}`).toBe(true);
      }
      expect(CATEGORY_LABELS[c].toLowerCase()).toContain(CATEGORY_PHRASES[c].noun.split(" ")[0]!.toLowerCase());
    }
    expect(CATEGORY_PHRASES.gpu.choose).toBe("a GPU");
    expect(CATEGORY_PHRASES["cpu-cooler"].noun).toBe("CPU cooler");
  });
});
