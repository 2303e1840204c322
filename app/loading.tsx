export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-8">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-2/3 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-4 w-1/2 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-40 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
