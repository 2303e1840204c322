import Link from "next/link";
import { CATEGORY_LABELS } from "@/lib/parts/categories";
import type { SearchItem, SearchResult } from "@/lib/parts/search";
import { specSummary } from "@/lib/parts/spec-format";
import { partName } from "@/lib/parts/types";
import { variantLabel } from "@/lib/parts/variant-label";
import { AddToBuildButton } from "./add-to-build-button";
import { Pagination } from "./pagination";
import { PriceTag } from "./price-tag";

const partHref = (part: { category: string; id: string }) => `/parts/${part.category}/${encodeURIComponent(part.id)}`;

function Variants({ part }: { part: SearchItem }) {
  if (part.variants.length === 0) return null;
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="variants">
      Also as{" "}
      {part.variants.map((v, i) => (
        <span key={v.id}>
          {i > 0 ? ", " : ""}
          <Link href={partHref({ category: part.category, id: v.id })} className="underline hover:no-underline">{variantLabel(part, v)}</Link>
        </span>
      ))}
    </p>
  );
}

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
        {page.total.toLocaleString("en-US")} result{page.total === 1 ? "" : "s"}
      </p>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" data-testid="part-list">
        {page.items.map((part) => (
          <li key={part.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <div className="min-w-0">
              <Link href={partHref(part)} className="font-medium hover:underline">
                {partName(part)}
              </Link>
              {part.source === "builtin" ? <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">curated</span> : null}
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                <span className="sr-only">{CATEGORY_LABELS[part.category]}: </span>
                {specSummary(part.category, part.specs as Record<string, unknown>) || "Specs unknown"}
              </p>
              <Variants part={part} />
            </div>
            <div className="flex items-center gap-3">
              <PriceTag priceCents={part.priceCents} currency={part.currency} observedAt={part.priceObservedAt} />
              <AddToBuildButton compact part={{ id: part.id, category: part.category, label: partName(part), priceCents: part.priceCents, priceObservedAt: part.priceObservedAt, currency: part.currency }} />
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page.page} pageSize={page.pageSize} total={page.total} basePath={basePath} params={params} />
    </div>
  );
}
