"use client";

import { useEffect, useState } from "react";
import type { BuildDraft } from "@/lib/builds/draft";
import type { BuildAnalysis } from "@/lib/compat/analyze";
import { locateFieldError, type ItemField } from "@/lib/builds/item-fields";

/**
 * The API names a draft's lines "item-<index>"; the editor knows them by key. Rewriting the ids
 * with the keys the request was made with keeps markers on the right rows even if lines moved since.
 */
function toKeys(analysis: BuildAnalysis, keys: readonly string[]): BuildAnalysis {
  const key = (id: string) => {
    const m = /^item-(\d+)$/.exec(id);
    return m ? (keys[Number(m[1])] ?? id) : id;
  };
  return {
    ...analysis,
    findings: analysis.findings.map((f) => ({
      ...f,
      itemIds: f.itemIds.map(key),
      ...(f.fix ? { fix: { ...f.fix, ...(f.fix.replacesItemId ? { replacesItemId: key(f.fix.replacesItemId) } : {}) } } : {}),
    })),
    cost: { ...analysis.cost, lines: analysis.cost.lines.map((l) => ({ ...l, itemId: key(l.itemId) })) },
  };
}

/** A field the API refused, placed on its line (by key) and box where it has one. */
export interface ServerFieldError {
  path: string;
  itemKey: string | null;
  field: ItemField | null;
  messages: string[];
}

export function placeFieldErrors(fieldErrors: Record<string, string[]>, keys: readonly string[]): ServerFieldError[] {
  return Object.entries(fieldErrors).map(([path, messages]) => {
    const at = locateFieldError(path);
    return { path, itemKey: at ? (keys[at.index] ?? null) : null, field: at?.field ?? null, messages };
  });
}

export interface LiveAnalysis {
  analysis: BuildAnalysis | null;
  error: string | null;
  pending: boolean;
  /** The API's field errors for the last draft; null when it was valid. */
  invalid: ServerFieldError[] | null;
}

/** Re-analyses the draft shortly after each edit; older requests are cancelled. */
export function useLiveAnalysis(draft: BuildDraft, initial: BuildAnalysis | null, keys: readonly string[]): LiveAnalysis {
  const [analysis, setAnalysis] = useState<BuildAnalysis | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<ServerFieldError[] | null>(null);
  const [pending, setPending] = useState(false);
  const request = JSON.stringify({ draft, keys });

  useEffect(() => {
    const controller = new AbortController();
    const { draft: body, keys: snapshot } = JSON.parse(request) as { draft: BuildDraft; keys: string[] };
    const timer = setTimeout(async () => {
      setPending(true);
      try {
        const response = await fetch("/api/compat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: controller.signal });
        const json = await response.json();
        if (response.status === 400 && json.fieldErrors) {
          setInvalid(placeFieldErrors(json.fieldErrors as Record<string, string[]>, snapshot));
          setError(null);
          return;
        }
        if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
        setAnalysis(toKeys(json as BuildAnalysis, snapshot));
        setInvalid(null);
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
  }, [request]);

  return { analysis, error, pending, invalid };
}
