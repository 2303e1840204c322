"use client";

import { useEffect, useState } from "react";
import type { BuildDraft } from "@/lib/builds/draft";
import type { BuildAnalysis } from "@/lib/compat/analyze";

/** Re-analyses the draft shortly after each edit; older requests are cancelled. */
export function useLiveAnalysis(draft: BuildDraft, initial: BuildAnalysis | null) {
  const [analysis, setAnalysis] = useState<BuildAnalysis | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const body = JSON.stringify(draft);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setPending(true);
      try {
        const response = await fetch("/api/compat", { method: "POST", headers: { "content-type": "application/json" }, body, signal: controller.signal });
        const json = await response.json();
        if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
        setAnalysis(json as BuildAnalysis);
        setError(null);
      } catch (e) {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : "Analysis failed");
      } finally {
        if (!controller.signal.aborted) setPending(false);
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body]);

  return { analysis, error, pending };
}
