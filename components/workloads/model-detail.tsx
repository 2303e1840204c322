"use client";

import { useState } from "react";
import type { WorkloadResult } from "@/lib/workloads/evaluate";
import { formatSpeed, formatTokens, memoryBar, PLACEMENT_LABELS } from "@/lib/workloads/view";
import { MemoryBar } from "./memory-bar";
import { useWorkloads, type ModelOption, type WorkloadSource } from "./use-workloads";

const LOCAL_FORMATS = ["BF16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q3_K_M", "Q2_K"];
const TASK_LABELS: Record<string, string> = { lora: "LoRA (16-bit base)", qlora: "QLoRA (4-bit base)", full: "Full fine-tune (AdamW)" };
const field = "rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** One model on this build: every format, memory by part, and what fine-tuning needs. */
export function ModelDetail({ source, model, contextTokens }: { source: WorkloadSource; model: ModelOption; contextTokens: number }) {
  const formats = model.formats ?? LOCAL_FORMATS;
  const [format, setFormat] = useState<string>(model.defaultFormat);
  const [kvCacheFormat, setKv] = useState<"f16" | "q8_0" | "q4_0">("f16");
  const { results, error, pending } = useWorkloads(source, { models: [model.id], formats, contextTokens, kvCacheFormat, tasks: ["inference", "lora", "qlora", "full"], bestFormatOnly: false }, null);
  const inference = (results ?? []).filter((r) => r.task === "inference");
  const chosen = inference.find((r) => r.format === format) ?? inference[0];
  const training = (results ?? []).filter((r) => r.task !== "inference");

  return (
    <div className="space-y-4" data-testid="model-detail" aria-busy={pending}>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block text-zinc-600 dark:text-zinc-400">Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value)} className={field} data-testid="detail-format">
            {formats.map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-zinc-600 dark:text-zinc-400">KV cache</span>
          <select value={kvCacheFormat} onChange={(e) => setKv(e.target.value as typeof kvCacheFormat)} className={field}>
            <option value="f16">f16</option>
            <option value="q8_0">q8_0</option>
            <option value="q4_0">q4_0</option>
          </select>
        </label>
      </div>
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not estimate: {error}</p> : null}
      {!results && !error ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Estimating…</p> : null}
      {chosen ? <InferenceDetail result={chosen} /> : null}
      {inference.length > 1 ? <FormatTable rows={inference} chosen={chosen?.format} onPick={setFormat} /> : null}
      {training.length > 0 ? (
        <section className="space-y-3" aria-labelledby={`train-${model.id}`}>
          <h4 id={`train-${model.id}`} className="font-semibold">Fine-tuning at {formatTokens(training[0]!.contextTokens)} tokens, batch 1</h4>
          {training.map((r) => (
            <div key={r.task} className="space-y-1" data-task={r.task}>
              <MemoryBar view={memoryBar(r)} label={`${TASK_LABELS[r.task]}: ${r.fits ? "fits" : "does not fit"}`} />
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                Longest sequence at batch 1: {r.maxContextTokens > 0 ? `${formatTokens(r.maxContextTokens)} tokens` : "none fits"}; without gradient checkpointing the activations would take {((r.fineTune?.activationsFullBytes ?? 0) / 2 ** 30).toFixed(1)} GiB.
              </p>
            </div>
          ))}
          {training[0]?.notes[0] ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{training[0].notes[0]}</p> : null}
        </section>
      ) : null}
    </div>
  );
}

function InferenceDetail({ result }: { result: WorkloadResult }) {
  return (
    <section className="space-y-2" data-testid="inference-detail">
      <MemoryBar view={memoryBar(result)} label={`${result.format} at ${formatTokens(result.contextTokens)} tokens: ${PLACEMENT_LABELS[result.placement].toLowerCase()}`} />
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div><dt className="text-zinc-600 dark:text-zinc-400">Decode</dt><dd className="font-semibold tabular-nums">{formatSpeed(result.decodeTokensPerSecond)} tok/s</dd></div>
        <div><dt className="text-zinc-600 dark:text-zinc-400">Prefill</dt><dd className="font-semibold tabular-nums">{formatSpeed(result.prefillTokensPerSecond)} tok/s</dd></div>
        <div><dt className="text-zinc-600 dark:text-zinc-400">Longest context</dt><dd className="font-semibold tabular-nums">{result.maxContextTokens > 0 ? formatTokens(result.maxContextTokens) : "—"}</dd></div>
        <div><dt className="text-zinc-600 dark:text-zinc-400">Tensor parallel</dt><dd className="font-semibold tabular-nums">{result.tensorParallel ? `${formatSpeed(result.tensorParallel.decodeTokensPerSecond)} tok/s` : "—"}</dd></div>
      </dl>
      {result.gpus.length > 1 ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Split by layers: {result.gpus.map((g) => `${g.name} ${(g.modelBytes / 2 ** 30).toFixed(1)} GiB`).join(", ")}.</p> : null}
      {result.notes.length > 0 ? <ul className="list-disc space-y-0.5 pl-5 text-xs text-zinc-600 dark:text-zinc-400">{result.notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
    </section>
  );
}

function FormatTable({ rows, chosen, onPick }: { rows: WorkloadResult[]; chosen: string | undefined; onPick: (format: string) => void }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="format-table">
        <caption className="sr-only">Every format of this model on this build</caption>
        <thead className="text-zinc-600 dark:text-zinc-400">
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-1 pr-3 font-medium">Format</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Weights</th>
            <th scope="col" className="py-1 pr-3 font-medium">Fits</th>
            <th scope="col" className="py-1 text-right font-medium">Decode tok/s</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.format} aria-current={r.format === chosen ? "true" : undefined} className={`border-b border-zinc-100 dark:border-zinc-900 ${r.format === chosen ? "bg-zinc-50 dark:bg-zinc-900" : ""}`}>
              <th scope="row" className="py-1 pr-3 font-normal">
                <button type="button" className="underline-offset-2 hover:underline" onClick={() => onPick(r.format)}>{r.format}</button>
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">{(r.memory.weightsBytes / 2 ** 30).toFixed(1)} GiB</td>
              <td className="py-1 pr-3">{PLACEMENT_LABELS[r.placement]}</td>
              <td className="py-1 text-right tabular-nums">{formatSpeed(r.decodeTokensPerSecond)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
