import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CollapsibleFilters } from "@/components/parts/collapsible-filters";
import { FilterForm } from "@/components/parts/filter-form";
import { PartList } from "@/components/parts/part-list";
import { getDb } from "@/lib/db/client";
import { CATEGORY_LABELS, isCategory } from "@/lib/parts/categories";
import { partQueryFromParams } from "@/lib/parts/query";
import { catalogParts, searchCatalog } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ category: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = await params;
  return { title: isCategory(category) ? CATEGORY_LABELS[category] : "Parts" };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { category } = await params;
  if (!isCategory(category)) notFound();
  const parsed = partQueryFromParams({ ...(await searchParams), category });
  const query = parsed.success ? parsed.data : partQueryFromParams({ category }).data!;
  const db = getDb();
  const [results, all] = await Promise.all([searchCatalog(db, query), catalogParts(db)]);
  const inCategory = all.filter((p) => p.part.category === category).map((p) => p.part);
  const params2: Record<string, string> = {
    ...query.filters, ...(query.q ? { q: query.q } : {}), sort: query.sort,
    ...(query.source ? { source: query.source } : {}), ...(query.pricedOnly ? { priced: "1" } : {}),
  };
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href="/parts" className="text-zinc-600 hover:underline dark:text-zinc-400">Catalog</Link> /</p>
        <h1 className="text-2xl font-bold tracking-tight">{CATEGORY_LABELS[category]}</h1>
        {!parsed.success ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Some filters were invalid and were ignored.</p> : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <CollapsibleFilters active={Object.keys(query.filters).length + (query.q ? 1 : 0)}>
          <FilterForm category={category} parts={inCategory} query={query} />
        </CollapsibleFilters>
        <PartList page={results} basePath={`/parts/${category}`} params={params2} />
      </div>
    </div>
  );
}
