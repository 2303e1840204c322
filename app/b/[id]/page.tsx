import type { Metadata } from "next";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { BuildReport } from "@/components/builds/build-report";
import { CostBreakdown } from "@/components/builds/cost-breakdown";
import { ExportPanel } from "@/components/builds/export-panel";
import { OwnerActions } from "@/components/builds/owner-actions";
import { BuildOrRentPanel } from "@/components/ownership/build-or-rent-panel";
import { SetupPanel } from "@/components/provisioning/setup-panel";
import { VerifyPanel } from "@/components/verify/verify-panel";
import { partLinks } from "@/lib/builds/part-links";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestOrigin } from "@/lib/http/request-origin";
import { analyzeStoredBuild } from "@/lib/services/build-analysis";
import { loadBuildOr404 } from "@/lib/services/builds";
import { defaultProvisionPlan } from "@/lib/services/provisioning";
import { sharePanels } from "@/lib/services/share-panels";
import { shareMetadata } from "@/lib/services/share-preview";

export const dynamic = "force-dynamic";

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
  const { ownership, verify } = await sharePanels(getDb(), build);
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
      <CostBreakdown cost={analysis.cost} />
      <BuildOrRentPanel setup={ownership} />
      <ExportPanel buildId={build.id} />
      <SetupPanel buildId={build.id} buildName={build.name} initialPlan={defaultProvisionPlan(resolved)} />
      <VerifyPanel {...verify} />
    </div>
  );
}
