import type { ComparisonRow } from "@/lib/benchmark";
import { describeExpected, formatQuantity, VERDICT_LABELS } from "@/lib/benchmark/format-row";
import { muted, VERDICT_TEXT } from "./styles";

/** Every judged item of one run: what the build expects, what the machine measured, the verdict. */
export function ComparisonTable({ rows, caption }: { rows: readonly ComparisonRow[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table data-testid="comparison-table" className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className={muted}>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-1 pr-3 font-medium">Check</th>
            <th scope="col" className="py-1 pr-3 font-medium">Expected</th>
            <th scope="col" className="py-1 pr-3 font-medium">Measured</th>
            <th scope="col" className="py-1 font-medium">Result</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.itemId} data-verdict={row.verdict} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {row.title}
                {row.note ? <span className={`block text-xs ${muted}`}>{row.note}</span> : null}
              </th>
              <td className="py-1.5 pr-3 tabular-nums">{describeExpected(row.expected)}</td>
              <td className="py-1.5 pr-3 tabular-nums">{row.measured === null ? "—" : formatQuantity(row.measured, row.expected.unit)}</td>
              <td className={`py-1.5 font-medium ${VERDICT_TEXT[row.verdict]}`}>{VERDICT_LABELS[row.verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
