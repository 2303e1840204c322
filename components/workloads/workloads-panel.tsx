"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import type { WorkloadResult } from "@/lib/workloads/evaluate";
import { ModelDetail } from "./model-detail";
import { useModelOptions, useWorkloads, type ModelOption, type WorkloadSource } from "./use-workloads";
import { WorkloadsTable } from "./workloads-table";

export const TABLE_CONTEXT_TOKENS = 4096;
const CONTEXTS = [4096, 8192, 32768, 131072];
const field = "rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/**
 * "What runs on this box": popular models in their best-fitting format with fit, longest context
 * and speeds, live as the build changes, and a picker for one model's detail.
 */
export function WorkloadsPanel({ source, initialResults = null, initialModels = null }: { source: WorkloadSource; initialResults?: WorkloadResult[] | null; initialModels?: ModelOption[] | null }) {
  const [contextTokens, setContext] = useState(TABLE_CONTEXT_TOKENS);
  const [showAll, setShowAll] = useState(false);
  const [picked, setPicked] = useState<string>("");
  const models = useModelOptions(initialModels);
  const { results, error, pending } = useWorkloads(source, { contextTokens, kvCacheFormat: "f16", tasks: ["inference"], bestFormatOnly: true }, contextTokens === TABLE_CONTEXT_TOKENS ? initialResults : null);
  const names = useMemo(() => new Map((models ?? []).map((m) => [m.id, m.name])), [models]);
  const popular = useMemo(() => new Set((models ?? []).filter((m) => m.popular).map((m) => m.id)), [models]);
  const rows = (results ?? []).filter((r) => showAll || popular.size === 0 || popular.has(r.modelId));
  const model = models?.find((m) => m.id === picked) ?? null;
  const pick = (id: string) => {
    setPicked(id);
    requestAnimationFrame(() => document.getElementById("workload-detail")?.scrollIntoView({ block: "nearest" }));
  };

  return (
    <section aria-labelledby="workloads-h" data-testid="workloads-panel" aria-busy={pending} className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="space-y-1">
        <h2 id="workloads-h" className="text-lg font-semibold">What runs on this box</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Each model in the best quantised format that fits its GPUs, with llama.cpp on the cards&apos; memory bandwidth.
          Estimates, calibrated against published benchmarks (<Link href="/plan-for-model" className="underline">find the cheapest box for a model</Link>).
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block text-zinc-600 dark:text-zinc-400">Context</span>
          <select value={contextTokens} onChange={(e) => setContext(Number(e.target.value))} className={field} data-testid="workloads-context">
            {CONTEXTS.map((c) => <option key={c} value={c}>{c / 1024}k tokens</option>)}
          </select>
        </label>
        <label className="flex items-center gap-2 pb-1">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          All {models?.length ?? ""} models
        </label>
      </div>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not estimate: {error}</p> : null}
      {!results && !error ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Estimating…</p> : null}
      {results && results.length > 0 && rows.length > 0 ? <WorkloadsTable rows={rows} names={names} onPick={pick} /> : null}
      <div id="workload-detail" className="space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <label className="block space-y-1 text-sm">
          <span className="block font-semibold">Model detail</span>
          <select value={picked} onChange={(e) => setPicked(e.target.value)} className={`${field} w-full sm:w-auto`} data-testid="model-picker">
            <option value="">Pick a model…</option>
            {(models ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        {model ? <ModelDetail key={model.id} source={source} model={model} contextTokens={contextTokens} /> : null}
      </div>
    </section>
  );
}
