import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddToBuildButton } from "@/components/parts/add-to-build-button";
import { PriceHistorySection } from "@/components/parts/price-history";
import { SpecTable } from "@/components/parts/spec-table";
import { getDb } from "@/lib/db/client";
import { CATEGORY_LABELS } from "@/lib/parts/categories";
import { partName } from "@/lib/parts/types";
import { formatObservedDay } from "@/lib/prices/observed-at";
import { formatMoney } from "@/lib/pricing";
import { partPrices } from "@/lib/services/part-prices";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ category: string; id: string }> };

async function load(params: Props["params"]) {
  const { category, id } = await params;
  const found = id.length <= 200 ? await partPrices(getDb(), decodeURIComponent(id)) : null;
  return found && found.part.category === category ? found : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return { title: found ? partName(found.part) : "Part not found" };
}

export default async function PartPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { part, observations, history } = found;
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/parts" className="hover:underline">Catalog</Link> / <Link href={`/parts/${part.category}`} className="hover:underline">{CATEGORY_LABELS[part.category]}</Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{partName(part)}</h1>
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="current-price">
          {part.priceCents === null ? "No price yet" : `${formatMoney(part.priceCents, part.currency)}${part.priceObservedAt ? ` as of ${formatObservedDay(part.priceObservedAt)}` : ""}`}
          {part.releaseYear ? ` · released ${part.releaseYear}` : ""}
          {part.partNumbers && part.partNumbers.length > 0 ? ` · part no. ${part.partNumbers.join(", ")}` : ""}
        </p>
        <div className="pt-2">
          <AddToBuildButton part={{ id: part.id, category: part.category, label: partName(part), priceCents: part.priceCents, priceObservedAt: part.priceObservedAt, currency: part.currency }} />
        </div>
      </header>
      <SpecTable part={part} />
      <PriceHistorySection observations={observations} history={history} />
      <footer className="text-sm text-zinc-600 dark:text-zinc-400">
        {part.source === "imported" ? (
          <p>Data: <a className="underline" href="https://github.com/buildcores/buildcores-open-db">BuildCores OpenDB</a> (ODC-By)</p>
        ) : part.sourceUrl ? (
          <p>Specs from the <a className="underline" href={part.sourceUrl} rel="noopener noreferrer">manufacturer&apos;s page</a>.</p>
        ) : null}
      </footer>
    </article>
  );
}
