"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

// One localStorage key per build and item, so two tabs ticking different items never overwrite
// each other's progress with a stale copy.
const key = (buildId: string, itemId: string) => `dlbox:checklist:${buildId}:${itemId}`;
const CHANGED = "dlbox:checklist-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function readDone(buildId: string, itemIds: readonly string[]): string {
  try {
    return itemIds.filter((id) => localStorage.getItem(key(buildId, id)) === "done").join("\n");
  } catch {
    return "";
  }
}

/** Ticked items of this build in this browser; the server (and first paint) sees none ticked. */
export function useChecklistProgress(buildId: string, itemIds: readonly string[]) {
  // A joined string is a stable snapshot: equal progress gives an equal value, so no re-render loop.
  const snapshot = useSyncExternalStore(subscribe, () => readDone(buildId, itemIds), () => "");
  const done = useMemo(() => new Set(snapshot ? snapshot.split("\n") : []), [snapshot]);
  const setDone = useCallback((itemId: string, checked: boolean) => {
    try {
      if (checked) localStorage.setItem(key(buildId, itemId), "done");
      else localStorage.removeItem(key(buildId, itemId));
    } catch {
      // Storage disabled: the box still toggles visually until the next render.
    }
    window.dispatchEvent(new Event(CHANGED));
  }, [buildId]);
  return { done, setDone };
}
