import { describe, expect, it } from "vitest";
import { addToState, MAX_DRAFT_ITEMS } from "./draft-add";
import { EMPTY_STATE, type EditorItem } from "./draft-state";

const line = (key: string, category: EditorItem["category"]): EditorItem => ({ key, category, label: key, partId: key, quantity: 1, priceCents: 100, discountCents: 0 });

describe("addToState", () => {
  it("adds a part to an empty or partial draft", () => {
    const out = addToState(EMPTY_STATE, line("gpu-a", "gpu"));
    expect(out.kind).toBe("added");
    expect(addToState(out.state, line("gpu-b", "gpu")).state.items.map((i) => i.key)).toEqual(["gpu-a", "gpu-b"]);
  });

  it("replaces a single-slot part in place (issue 18: a CPU could only be swapped by Remove then Add)", () => {
    const state = { ...EMPTY_STATE, items: [line("cpu-a", "cpu"), line("ram", "memory")] };
    const out = addToState(state, line("cpu-b", "cpu"));
    expect(out).toMatchObject({ kind: "replaced", replaced: { key: "cpu-a" } });
    expect(out.state.items.map((i) => i.key)).toEqual(["cpu-b", "ram"]);
  });

  it("stops at the draft's item limit", () => {
    const full = { ...EMPTY_STATE, items: Array.from({ length: MAX_DRAFT_ITEMS }, (_, i) => line(`s${i}`, "storage")) };
    expect(addToState(full, line("one-more", "storage")).kind).toBe("full");
  });
});
