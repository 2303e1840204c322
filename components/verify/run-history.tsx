import type { BenchmarkRunView } from "@/lib/benchmark/run-view";
import { formatUtc } from "@/lib/benchmark/format-row";
import { button, muted } from "./styles";

interface Props {
  runs: readonly BenchmarkRunView[];
  /** Present only for the owner: renders a delete button per run. */
  onDelete?: (runId: string) => void;
  busy: boolean;
}

/** Every uploaded run, newest upload first, with its verdict counts against the current build. */
export function RunHistory({ runs, onDelete, busy }: Props) {
  return (
    // relative: the sr-only header is absolutely positioned and must scroll with the table, not widen the page.
    <div className="relative overflow-x-auto">
      <table data-testid="run-history" className="w-full min-w-[34rem] text-left text-sm">
        <caption className="sr-only">Uploaded benchmark runs, newest first</caption>
        <thead className={muted}>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-1 pr-3 font-medium">Uploaded</th>
            <th scope="col" className="py-1 pr-3 font-medium">Ran</th>
            <th scope="col" className="py-1 pr-3 font-medium">Mode</th>
            <th scope="col" className="py-1 pr-3 font-medium">Pass</th>
            <th scope="col" className="py-1 pr-3 font-medium">Below</th>
            <th scope="col" className="py-1 pr-3 font-medium">Not measured</th>
            {onDelete ? <th scope="col" className="py-1 font-medium"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-run-id={run.id} className="border-b border-zinc-100 dark:border-zinc-900">
              <th scope="row" className="py-1.5 pr-3 font-normal tabular-nums"><time dateTime={run.createdAt}>{formatUtc(run.createdAt)}</time></th>
              <td className="py-1.5 pr-3 tabular-nums"><time dateTime={run.startedAt}>{formatUtc(run.startedAt)}</time></td>
              <td className="py-1.5 pr-3">{run.mode}</td>
              <td className="py-1.5 pr-3 tabular-nums">{run.counts.pass}</td>
              <td className="py-1.5 pr-3 tabular-nums">{run.counts.below}</td>
              <td className="py-1.5 pr-3 tabular-nums">{run.counts.notMeasured}</td>
              {onDelete ? (
                <td className="py-1.5">
                  <button type="button" className={button} disabled={busy} onClick={() => onDelete(run.id)}
                    aria-label={`Delete the run uploaded ${formatUtc(run.createdAt)}`}>Delete</button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
