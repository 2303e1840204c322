import type { Metadata } from "next";
import { cache } from "react";
import { preload } from "react-dom";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { BuildReport } from "@/components/builds/build-report";
import { CostBreakdown } from "@/components/builds/cost-breakdown";
import { DeferredPanel } from "@/components/builds/deferred-panel";
import { ExportPanel } from "@/components/builds/export-panel";
import { OwnerActions } from "@/components/builds/owner-actions";
import { partLinks } from "@/lib/builds/part-links";
import { sharePanelsUrl } from "@/lib/builds/share-panels-url";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestOrigin } from "@/lib/http/request-origin";
import { analyzeStoredBuild } from "@/lib/services/build-analysis";
import { loadBuildOr404 } from "@/lib/services/builds";
import { shareMetadata } from "@/lib/services/share-preview";

export const dynamic = "force-dynamic";

// This page is served from the page cache (proxy.ts): everything it renders must come from the
// inputs its key carries (lib/services/page-cache-keys.ts: build version, benchmark runs, catalog,
// request origin). A panel that reads anything else must add it to that key.

type Props = { params: Promise<{ id: string }> };

// cache(): generateMetadata and the page share one database read per request.
const load = cache(async (id: string) => {
  try {
    return await loadBuildOr404(getDb(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const build = await load((await params).id);
  return build ? shareMetadata(build, requestOrigin(await headers())) : { title: "Build not found" };
}

export default async function SharedBuildPage({ params }: Props) {
  const build = await load((await params).id);
  if (!build) notFound();
  const { resolved, analysis } = analyzeStoredBuild(build);
  // The panels below the fold come from one cached JSON request. React writes this hint as a <link>
  // in <head> when the page is ready before the head is sent, else the client adds it from the RSC payload.
  preload(sharePanelsUrl(build.id), { as: "fetch", crossOrigin: "anonymous" });
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{build.isExample ? "Example build" : "Shared build"} · version {build.version}</p>
          <h1 className="text-2xl font-bold tracking-tight" data-testid="build-name">{build.name}</h1>
          {build.notes ? <p className="max-w-2xl whitespace-pre-line text-zinc-600 dark:text-zinc-400">{build.notes}</p> : null}
        </div>
        <OwnerActions buildId={build.id} name={build.name} />
      </header>
      <BuildReport analysis={analysis} links={partLinks(resolved)} name={build.name} />
      {/* Build-page panels: cost, build or rent, export, provisioning, verification. */}
      <DeferredPanel buildId={build.id} buildName={build.name} panel="workloads" />
      <CostBreakdown cost={analysis.cost} />
      <DeferredPanel buildId={build.id} buildName={build.name} panel="ownership" />
      <ExportPanel buildId={build.id} />
      <DeferredPanel buildId={build.id} buildName={build.name} panel="setup" />
      <DeferredPanel buildId={build.id} buildName={build.name} panel="verify" />
    </div>
  );
}
