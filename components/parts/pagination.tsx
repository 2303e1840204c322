import Link from "next/link";

export function Pagination({ page, pageSize, total, basePath, params }: { page: number; pageSize: number; total: number; basePath: string; params: Record<string, string> }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...params, page: String(p) }).toString()}`;
  const linkClass = "rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-2">
      {page > 1 ? <Link className={linkClass} href={href(page - 1)} rel="prev">← Previous</Link> : <span />}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">Page {page} of {pages}</span>
      {page < pages ? <Link className={linkClass} href={href(page + 1)} rel="next">Next →</Link> : <span />}
    </nav>
  );
}
