import type { EditorItem, EditorState } from "./draft-state";
import { SLOTS } from "./slots";

const SINGLE = new Set(SLOTS.filter((s) => !s.multiple).map((s) => s.category));
export const MAX_DRAFT_ITEMS = 64;

export type AddOutcome =
  | { kind: "added"; state: EditorState }
  | { kind: "replaced"; state: EditorState; replaced: EditorItem }
  | { kind: "full"; state: EditorState };

/**
 * "Add to build" from the catalog: a single-slot part (CPU, board, case, PSU, cooler) takes the
 * place of the one already chosen, in its position; other parts are added as a new line.
 */
export function addToState(state: EditorState, item: EditorItem): AddOutcome {
  const current = SINGLE.has(item.category) ? state.items.find((i) => i.category === item.category) : undefined;
  if (current) {
    return { kind: "replaced", replaced: current, state: { ...state, items: state.items.map((i) => (i === current ? item : i)) } };
  }
  if (state.items.length >= MAX_DRAFT_ITEMS) return { kind: "full", state };
  return { kind: "added", state: { ...state, items: [...state.items, item] } };
}
