"use client";

import { useEffect, useState } from "react";
import type { BuildDraft } from "@/lib/builds/draft";
import type { WorkloadResult } from "@/lib/workloads/evaluate";

/** What the estimates are for: the builder's unsaved draft or a saved build. */
export type WorkloadSource = { kind: "draft"; draft: BuildDraft } | { kind: "build"; buildId: string };

export interface WorkloadQuery {
  models?: string[];
  formats?: string[];
  contextTokens: number;
  kvCacheFormat: "f16" | "q8_0" | "q4_0";
  tasks: string[];
  bestFormatOnly: boolean;
}

function requestFor(source: WorkloadSource, query: WorkloadQuery): { url: string; init: RequestInit } {
  if (source.kind === "draft") {
    return { url: "/api/workloads", init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ build: source.draft, ...query }) } };
  }
  const params = new URLSearchParams({ contextTokens: String(query.contextTokens), kvCacheFormat: query.kvCacheFormat, tasks: query.tasks.join(","), bestFormatOnly: String(query.bestFormatOnly) });
  if (query.models) params.set("models", query.models.join(","));
  if (query.formats) params.set("formats", query.formats.join(","));
  return { url: `/api/builds/${encodeURIComponent(source.buildId)}/workloads?${params}`, init: {} };
}

/**
 * Re-estimates shortly after the source or the query changes (like the builder's live check);
 * older requests are cancelled. `initial` is the server-rendered answer for the first query.
 */
export function useWorkloads(source: WorkloadSource, query: WorkloadQuery, initial: WorkloadResult[] | null) {
  const { url, init } = requestFor(source, query);
  const key = `${url} ${init.body ?? ""}`;
  const [state, setState] = useState<{ key: string | null; results: WorkloadResult[] | null; error: string | null; pending: boolean }>(
    { key: initial ? key : null, results: initial, error: null, pending: false },
  );

  useEffect(() => {
    if (state.key === key && state.results) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, pending: true }));
      try {
        const response = await fetch(url, { ...init, signal: controller.signal });
        const json = await response.json();
        if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
        setState({ key, results: (json as { results: WorkloadResult[] }).results, error: null, pending: false });
      } catch (e) {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error: e instanceof Error ? e.message : "Estimate failed", pending: false }));
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` covers url and body; the other values are derived from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { results: state.results, error: state.error, pending: state.pending };
}

export interface ModelOption {
  id: string;
  name: string;
  popular: boolean;
  defaultFormat: string;
  formats: string[] | null;
  contextMax: number;
}

let modelCache: Promise<ModelOption[]> | null = null;

/** The model list for pickers, fetched once per page load unless the server rendered it. */
export function useModelOptions(initial: ModelOption[] | null): ModelOption[] | null {
  const [models, setModels] = useState<ModelOption[] | null>(initial);
  useEffect(() => {
    if (models) return;
    modelCache ??= fetch("/api/models").then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return ((await r.json()) as { items: ModelOption[] }).items;
    });
    let live = true;
    modelCache.then((items) => live && setModels(items)).catch(() => {
      modelCache = null;
    });
    return () => {
      live = false;
    };
  }, [models]);
  return models;
}
