import type { Metadata } from "next";
import { sharePreview, type SharePreview } from "../builds/share-preview";
import type { StoredBuild } from "../builds/stored";
import type { Db } from "../db/client";
import { analyzeStoredBuild } from "./build-analysis";
import { loadBuildOr404 } from "./builds";

export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

export function previewOf(build: StoredBuild): SharePreview {
  const { resolved, analysis } = analyzeStoredBuild(build);
  return sharePreview(resolved, analysis);
}

export async function previewFor(db: Db, id: string): Promise<SharePreview> {
  return previewOf(await loadBuildOr404(db, id));
}

/**
 * Open Graph and Twitter card tags for /b/<id>. The image URL carries the version so chat apps,
 * which cache unfurls by URL, show the build as it is now after an edit.
 */
export function shareMetadata(build: StoredBuild, origin: string | null): Metadata {
  const preview = previewOf(build);
  const base = origin ?? "";
  const image = { url: `${base}/api/builds/${build.id}/preview.png?v=${build.version}`, ...PREVIEW_IMAGE, alt: `${preview.name}: ${preview.description}` };
  return {
    title: build.name,
    description: preview.description,
    openGraph: { type: "website", siteName: "DL Box Planner", title: build.name, description: preview.description, url: `${base}/b/${build.id}`, images: [image] },
    twitter: { card: "summary_large_image", title: build.name, description: preview.description, images: [image] },
  };
}
