"use client";

import { useEffect, useState } from "react";
import { takeAddedNote, type AddedNote } from "./added-handoff";
import { loadDraft, saveDraft } from "./draft-store";
import type { EditorAction, EditorState } from "./draft-state";

/**
 * A new build in progress survives reloads and trips to the catalog: it is restored once after
 * hydration (unless the page started with parts of its own) and stored after every change.
 */
export function useDraftPersistence(enabled: boolean, state: EditorState, dispatch: (a: EditorAction) => void, startedEmpty: boolean) {
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const [added, setAdded] = useState<AddedNote | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const stored = startedEmpty ? loadDraft() : null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only state, read once after hydration
    setAdded(takeAddedNote());
    if (stored && (stored.items.length > 0 || stored.name || stored.notes)) {
      dispatch({ type: "replace", state: stored });
      setRestored(true);
    }
    setReady(true);
  }, [enabled, startedEmpty, dispatch]);

  useEffect(() => {
    if (enabled && ready) saveDraft(state);
  }, [enabled, ready, state]);

  return { restored, ready, added };
}
