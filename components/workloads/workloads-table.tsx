import type { WorkloadResult } from "@/lib/workloads/evaluate";
import { formatSpeed, formatTokens, PLACEMENT_LABELS } from "@/lib/workloads/view";

const FIT_STYLE: Record<WorkloadResult["placement"], string> = {
  gpu: "text-emerald-800 dark:text-emerald-300",
  "multi-gpu": "text-emerald-800 dark:text-emerald-300",
  offload: "text-amber-800 dark:text-amber-300",
  none: "text-red-700 dark:text-red-400",
};

/** One row per model in its best-fitting format: fit, longest context and speeds. */
export function WorkloadsTable({ rows, names, onPick }: { rows: WorkloadResult[]; names: Map<string, string>; onPick: (id: string) => void }) {
  return (
    <div className="overflow-x-auto">
      <table data-testid="workloads-table" className="w-full text-left text-sm">
        <caption className="sr-only">Models in their best-fitting format on this build</caption>
        <thead className="text-zinc-600 dark:text-zinc-400">
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-1 pr-3 font-medium">Model</th>
            <th scope="col" className="py-1 pr-3 font-medium">Fits</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Longest context</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium"><abbr title="Generated tokens per second">Decode tok/s</abbr></th>
            <th scope="col" className="hidden py-1 text-right font-medium sm:table-cell"><abbr title="Prompt tokens per second">Prefill tok/s</abbr></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.modelId} data-model={r.modelId} data-placement={r.placement} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                <button type="button" onClick={() => onPick(r.modelId)} className="text-left font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-500">
                  {names.get(r.modelId) ?? r.modelId}
                </button>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{r.format}</span>
              </th>
              <td className={`py-1.5 pr-3 ${FIT_STYLE[r.placement]}`}>{PLACEMENT_LABELS[r.placement]}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{r.maxContextTokens > 0 ? formatTokens(r.maxContextTokens) : "—"}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatSpeed(r.decodeTokensPerSecond)}</td>
              <td className="hidden py-1.5 text-right tabular-nums sm:table-cell">{formatSpeed(r.prefillTokensPerSecond)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
