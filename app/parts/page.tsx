import type { Metadata } from "next";
import { CategoryGrid } from "@/components/parts/category-grid";
import { PartList } from "@/components/parts/part-list";
import { SearchBox } from "@/components/parts/search-box";
import { getDb } from "@/lib/db/client";
import { countPartsByCategory } from "@/lib/db/parts";
import { partQueryFromParams } from "@/lib/parts/query";
import { searchCatalog } from "@/lib/services/catalog";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Parts catalog" };

export default async function PartsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = partQueryFromParams(await searchParams);
  const query = parsed.success ? parsed.data : partQueryFromParams({}).data!;
  const db = getDb();
  const [counts, results] = await Promise.all([countPartsByCategory(db), query.q ? searchCatalog(db, query) : null]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Parts catalog</h1>
        <p className="text-zinc-600 dark:text-zinc-400">{total.toLocaleString("en-US")} parts with the specs that decide whether a build works.</p>
        <SearchBox action="/parts" defaultValue={query.q ?? ""} />
      </header>
      {results ? (
        <section aria-labelledby="results" className="space-y-3">
          <h2 id="results" className="text-lg font-semibold">Results for “{query.q}”</h2>
          <PartList page={results} basePath="/parts" params={{ q: query.q ?? "" }} />
        </section>
      ) : null}
      <section aria-labelledby="categories" className="space-y-3">
        <h2 id="categories" className="text-lg font-semibold">Categories</h2>
        <CategoryGrid counts={counts} />
      </section>
    </div>
  );
}
