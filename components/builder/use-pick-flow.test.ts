import { describe, expect, it } from "vitest";
import type { EditorItem } from "./draft-state";
import { focusAfterPick } from "./use-pick-flow";

const line = (key: string, category: EditorItem["category"]): EditorItem => ({ key, category, label: key, partId: key, quantity: 1, priceCents: 1, discountCents: 0 });

describe("focusAfterPick", () => {
  it("moves on to the next empty slot after a single-slot part", () => {
    expect(focusAfterPick([line("c", "cpu")], { key: "c", category: "cpu", replaced: false })).toBe("add-cpu-cooler");
    expect(focusAfterPick([line("c", "cpu"), line("k", "cpu-cooler")], { key: "c", category: "cpu", replaced: false })).toBe("add-motherboard");
    // Wraps around to slots before it.
    expect(focusAfterPick([line("p", "psu")], { key: "p", category: "psu", replaced: false })).toBe("add-case-fan");
  });

  it("goes to the new line's quantity in a slot that takes several parts, and to the line itself after a change", () => {
    expect(focusAfterPick([line("s", "storage")], { key: "s", category: "storage", replaced: false })).toBe("item-s-qty");
    expect(focusAfterPick([line("c", "cpu")], { key: "c", category: "cpu", replaced: true })).toBe("row-c");
  });
});
