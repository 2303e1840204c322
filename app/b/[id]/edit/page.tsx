import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Builder } from "@/components/builder/builder";
import { editorStateFromStored } from "@/components/builder/from-stored";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { analyzeStoredBuild } from "@/lib/services/build-analysis";
import { loadBuildOr404 } from "@/lib/services/builds";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit build", referrer: "no-referrer" };

export default async function EditBuildPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const build = await loadBuildOr404(getDb(), id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!build) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Edit “{build.name}”</h1>
        <p className="text-zinc-600 dark:text-zinc-400">Changes need this build&apos;s owner key; without it the page is a read-only view you can fork.</p>
      </header>
      <Builder mode={{ kind: "edit", buildId: build.id, version: build.version }} initialState={editorStateFromStored(build)} initialAnalysis={analyzeStoredBuild(build).analysis} />
    </div>
  );
}
