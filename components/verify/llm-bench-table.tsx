import type { LlmBenchRow } from "@/lib/workloads/llm-bench";
import { muted } from "./styles";

const speed = (n: number | null) => (n === null ? "—" : `${n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1)} tok/s`);

/** llama-bench's measured speeds beside what "What runs on this box" predicted for this build. */
export function LlmBenchTable({ rows }: { rows: LlmBenchRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table data-testid="llm-bench-table" className="w-full min-w-[28rem] text-left text-sm">
        <caption className="mb-1 text-left font-semibold">llama.cpp measurement against the estimate</caption>
        <thead className={muted}>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-1 pr-3 font-medium">Test</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Predicted</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Measured</th>
            <th scope="col" className="py-1 text-right font-medium">Measured / predicted</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {r.label}
                {r.note ? <span className={`block text-xs ${muted}`}>{r.note}</span> : null}
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">{speed(r.predicted)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{speed(r.measured)}</td>
              <td className="py-1.5 text-right tabular-nums">{r.ratio === null ? "—" : `${Math.round(r.ratio * 100)} %`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`mt-1 text-xs ${muted}`}>Predictions are made for the reference model (Llama 3.2 3B Q4_K_M, fetched by --install-llama-bench); other models are measured only.</p>
    </div>
  );
}
