"use client";

import { useCallback, useEffect, useState } from "react";
import { knownBuilds, type KnownBuild } from "@/components/builder/build-registry-store";
import type { BuildSummary } from "@/lib/services/build-summaries";

const PAGE = 50;

export interface MyBuild extends KnownBuild {
  /** The server's view; undefined while loading, null when the build no longer exists. */
  summary: BuildSummary | null | undefined;
}

/** This browser's builds, newest first, with each one's current name, status and total from the server. */
export function useMyBuilds() {
  const [builds, setBuilds] = useState<MyBuild[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const known = knownBuilds().sort((a, b) => (a.lastOpenedAt < b.lastOpenedAt ? 1 : a.lastOpenedAt > b.lastOpenedAt ? -1 : 0));
    setBuilds(known.map((k) => ({ ...k, summary: undefined })));
    const found = new Map<string, BuildSummary | null>();
    try {
      for (let i = 0; i < known.length; i += PAGE) {
        const ids = known.slice(i, i + PAGE).map((k) => k.id);
        const response = await fetch(`/api/builds/summaries?ids=${ids.map(encodeURIComponent).join(",")}`);
        const json = await response.json();
        if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
        for (const s of json.builds as BuildSummary[]) found.set(s.id, s);
        for (const id of json.missing as string[]) found.set(id, null);
      }
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not load the builds");
    }
    setBuilds(known.map((k) => ({ ...k, summary: found.has(k.id) ? found.get(k.id)! : undefined })));
  }, []);

  useEffect(() => {
    // localStorage exists only in the browser: the list is read after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  return { builds, error, reload: load };
}
