import type { StoredBuild } from "@/lib/builds/stored";
import { draftHeader } from "@/lib/builds/view";
import { partName } from "@/lib/parts/types";
import type { EditorState } from "./draft-state";

/** Server side: the editor's starting state for a saved build (plain data, safe to serialise). */
export function editorStateFromStored(build: StoredBuild): EditorState {
  return {
    ...draftHeader(build),
    items: build.items.map((item) => ({
      key: item.id,
      category: item.part?.category ?? item.custom?.category ?? "other",
      label: item.part ? partName(item.part) : (item.custom?.name ?? "Removed part"),
      partId: item.part?.id ?? null,
      customSpecs: item.custom?.specs,
      quantity: item.quantity,
      priceCents: item.priceCents,
      discountCents: item.discountCents,
    })),
  };
}
