import { describe, expect, it } from "vitest";
import { fontSafe } from "./preview-text";

describe("fontSafe", () => {
  it("keeps Latin, accented letters, Cyrillic, currency signs and typographic punctuation", () => {
    const text = "Zoë's box — 2 × RTX 4090 · €3.499,00 … ₹ “Привет”";
    expect(fontSafe(text)).toBe(text);
  });

  it("replaces CJK, emoji (one ? per code point) and control characters", () => {
    expect(fontSafe("深層学習 box")).toBe("???? box");
    expect(fontSafe("GPU 🚀!")).toBe("GPU ?!");
    expect(fontSafe("a\nb\u0007")).toBe("a b?");
  });
});
