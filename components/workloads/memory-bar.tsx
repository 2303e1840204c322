import { formatGiB, type MemoryBarView } from "@/lib/workloads/view";

const COLORS: Record<string, string> = {
  weights: "bg-sky-600 dark:bg-sky-500",
  kv: "bg-violet-600 dark:bg-violet-400",
  overhead: "bg-zinc-400 dark:bg-zinc-500",
  trainable: "bg-amber-500 dark:bg-amber-400",
  optimizer: "bg-rose-500 dark:bg-rose-400",
  activations: "bg-emerald-600 dark:bg-emerald-500",
};

/** Memory by part against the GPU memory it must fit in; the figures are repeated as text, not colour alone. */
export function MemoryBar({ view, label }: { view: MemoryBarView; label: string }) {
  const scale = Math.max(view.totalBytes, view.capacityBytes, 1);
  const summary = `${label}: ${formatGiB(view.totalBytes)} of ${formatGiB(view.capacityBytes)} GPU memory`;
  return (
    <figure className="space-y-1.5" data-testid="memory-bar">
      <figcaption className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span className="font-medium">{label}</span>
        <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
          {formatGiB(view.totalBytes)} / {formatGiB(view.capacityBytes)}
          {view.overflowBytes > 0 ? ` (${formatGiB(view.overflowBytes)} over)` : ""}
        </span>
      </figcaption>
      <div role="img" aria-label={summary} className="relative flex h-4 w-full overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800">
        {view.segments.map((s) => (
          <div key={s.key} className={COLORS[s.key] ?? "bg-zinc-500"} style={{ width: `${(s.bytes / scale) * 100}%` }} />
        ))}
        {view.capacityBytes < scale ? (
          <div aria-hidden className="absolute inset-y-0 w-0.5 bg-red-600 dark:bg-red-400" style={{ left: `${(view.capacityBytes / scale) * 100}%` }} />
        ) : null}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {view.segments.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block size-2.5 rounded-sm ${COLORS[s.key] ?? "bg-zinc-500"}`} />
            {s.label} {formatGiB(s.bytes)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
