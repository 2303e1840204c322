import Link from "next/link";
import { CATEGORY_LABELS } from "@/lib/parts/categories";
import type { SearchResult } from "@/lib/parts/search";
import { specSummary } from "@/lib/parts/spec-format";
import { partName } from "@/lib/parts/types";
import { formatMoney } from "@/lib/pricing";
import { AddToBuildButton } from "./add-to-build-button";
import { Pagination } from "./pagination";

export function PartList({ page, basePath, params }: { page: SearchResult; basePath: string; params: Record<string, string> }) {
  if (page.total === 0) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700" data-testid="empty-state">
        <p className="font-medium">No parts match.</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Try fewer words or loosen a filter.</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {page.total.toLocaleString("en-US")} part{page.total === 1 ? "" : "s"}
      </p>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" data-testid="part-list">
        {page.items.map((part) => (
          <li key={part.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <div className="min-w-0">
              <Link href={`/parts/${part.category}/${encodeURIComponent(part.id)}`} className="font-medium hover:underline">
                {partName(part)}
              </Link>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                <span className="sr-only">{CATEGORY_LABELS[part.category]}: </span>
                {specSummary(part.category, part.specs as Record<string, unknown>) || "Specs unknown"}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <span className="tabular-nums text-sm">{part.priceCents === null ? "Price unknown" : formatMoney(part.priceCents, part.currency)}</span>
              <AddToBuildButton compact part={{ id: part.id, category: part.category, label: partName(part), priceCents: part.priceCents, currency: part.currency }} />
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page.page} pageSize={page.pageSize} total={page.total} basePath={basePath} params={params} />
    </div>
  );
}
