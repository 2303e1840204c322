"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import { sharePanelsUrl } from "@/lib/builds/share-panels-url";
import type { SharePanelsData } from "@/lib/services/share-panels";

export type SharePanelsState = { kind: "loading" } | { kind: "ready"; data: SharePanelsData } | { kind: "error"; message: string };

const LOADING: SharePanelsState = { kind: "loading" };

// The three deferred panels of one page share one request (which the page also preloads) and one
// state, so a retry from any of them fills all three. Dropped when the last panel unmounts: the next
// visit asks again (the browser revalidates its copy with the ETag).
interface Entry {
  state: SharePanelsState;
  started: boolean;
  listeners: Set<() => void>;
}
const entries = new Map<string, Entry>();

function entryFor(buildId: string): Entry {
  let entry = entries.get(buildId);
  if (!entry) {
    entry = { state: LOADING, started: false, listeners: new Set() };
    entries.set(buildId, entry);
  }
  return entry;
}

function set(entry: Entry, state: SharePanelsState): void {
  entry.state = state;
  for (const listener of entry.listeners) listener();
}

function start(buildId: string): void {
  const entry = entryFor(buildId);
  entry.started = true;
  set(entry, LOADING);
  fetch(sharePanelsUrl(buildId))
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      set(entry, { kind: "ready", data: (await response.json()) as SharePanelsData });
    })
    .catch((error: unknown) => set(entry, { kind: "error", message: error instanceof Error ? error.message : "network error" }));
}

/** The share page's deferred panel data, requested once the page has hydrated. */
export function useSharePanels(buildId: string): { state: SharePanelsState; retry: () => void } {
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = entryFor(buildId);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        // Later, so a panel re-subscribing in the same commit keeps the entry.
        queueMicrotask(() => {
          if (entry.listeners.size === 0 && entries.get(buildId) === entry) entries.delete(buildId);
        });
      };
    },
    [buildId],
  );
  const state = useSyncExternalStore(subscribe, () => entryFor(buildId).state, () => LOADING);
  useEffect(() => {
    if (!entryFor(buildId).started) start(buildId);
  }, [buildId]);
  return { state, retry: () => start(buildId) };
}
