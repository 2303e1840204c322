import { z } from "zod";
import { resolveStoredBuild } from "../builds/resolve";
import type { Db } from "../db/client";
import {
  EXPORT_CONTENT_TYPES,
  EXPORT_FORMATS,
  exportCsv,
  exportFileName,
  exportJson,
  exportMarkdown,
  exportText,
  type ExportFormat,
} from "../import-export";
import { loadBuildOr404 } from "./builds";

/** GET /api/builds/<id>/export?format=...: the format is required so a typo is a 400, not a guess. */
export const exportQuerySchema = z.strictObject({ format: z.enum(EXPORT_FORMATS) });

export interface BuildExport {
  body: string;
  contentType: string;
  fileName: string;
}

/** Renders a saved build in one export format; links in markdown and text are absolute to `origin`. */
export async function exportBuild(db: Db, id: string, format: ExportFormat, origin: string, generatedAt = new Date()): Promise<BuildExport> {
  const build = await loadBuildOr404(db, id);
  const resolved = resolveStoredBuild(build);
  // Part pages live under their category, which the exporters only know per item.
  const categoryOf = new Map(resolved.items.flatMap((item) => (item.part.id ? [[item.part.id, item.part.category] as const] : [])));
  const partUrl = (partId: string) => `${origin}/parts/${categoryOf.get(partId) ?? "other"}/${encodeURIComponent(partId)}`;
  const buildUrl = `${origin}/b/${build.id}`;
  const body =
    format === "markdown" ? exportMarkdown(resolved, { generatedAt, partUrl, buildUrl, appUrl: origin })
    : format === "text" ? exportText(resolved, { generatedAt, buildUrl })
    : format === "json" ? exportJson(resolved)
    : exportCsv(resolved);
  return { body, contentType: EXPORT_CONTENT_TYPES[format], fileName: exportFileName(build.name, format) };
}
