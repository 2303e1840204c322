import { buildFileSlug } from "../builds/file-slug";

export const EXPORT_FORMATS = ["markdown", "text", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  markdown: "text/markdown; charset=utf-8",
  text: "text/plain; charset=utf-8",
  json: "application/json",
  csv: "text/csv; charset=utf-8",
};

const EXTENSIONS: Record<ExportFormat, string> = { markdown: "md", text: "txt", json: "json", csv: "csv" };

/**
 * A download name safe in a Content-Disposition header on every OS: ASCII letters, digits and
 * hyphens only ("Ünïcode RTX build!" -> "unicode-rtx-build.md"), "build" when nothing is left.
 */
export function exportFileName(buildName: string, format: ExportFormat): string {
  return `${buildFileSlug(buildName)}.${EXTENSIONS[format]}`;
}
