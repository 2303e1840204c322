"use client";

import { useEffect, useState } from "react";
import { sharePanelsUrl } from "@/lib/builds/share-panels-url";
import type { SharePanelsData } from "@/lib/services/share-panels";

// The three deferred panels of one page share one request (and the page preloads it).
const loads = new Map<string, Promise<SharePanelsData>>();

function load(buildId: string): Promise<SharePanelsData> {
  let pending = loads.get(buildId);
  if (!pending) {
    pending = fetch(sharePanelsUrl(buildId)).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as SharePanelsData;
    });
    // A failed load is retried by the next caller instead of being remembered.
    pending.catch(() => loads.delete(buildId));
    loads.set(buildId, pending);
  }
  return pending;
}

export type SharePanelsState = { kind: "loading" } | { kind: "ready"; data: SharePanelsData } | { kind: "error"; message: string };

/** The share page's deferred panel data, loaded once the page has hydrated. */
export function useSharePanels(buildId: string): { state: SharePanelsState; retry: () => void } {
  const [state, setState] = useState<SharePanelsState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load(buildId).then(
      (data) => live && setState({ kind: "ready", data }),
      (error: unknown) => live && setState({ kind: "error", message: error instanceof Error ? error.message : "network error" }),
    );
    return () => {
      live = false;
    };
  }, [buildId, attempt]);
  return {
    state,
    retry: () => {
      setState({ kind: "loading" });
      setAttempt((n) => n + 1);
    },
  };
}
