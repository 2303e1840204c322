import { CopyMarkdownButton } from "./copy-markdown-button";

const FORMATS = [
  { format: "markdown", label: "Markdown", hint: "PCPartPicker table, for Reddit and forums" },
  { format: "text", label: "Text", hint: "PCPartPicker plain text" },
  { format: "csv", label: "CSV", hint: "for spreadsheets" },
  { format: "json", label: "JSON", hint: "lossless; import it again on /import" },
] as const;

/** Share-page panel: a download per export format, and the markdown straight to the clipboard. */
export function ExportPanel({ buildId }: { buildId: string }) {
  const href = (format: string) => `/api/builds/${encodeURIComponent(buildId)}/export?format=${format}`;
  return (
    <section aria-labelledby="export-h" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="export-panel">
      <h2 id="export-h" className="text-lg font-semibold">Export</h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            <a href={href(format)} download className="block rounded-md border border-zinc-300 px-3 py-2 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
              <span className="font-medium">Download {label}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{hint}</span>
            </a>
          </li>
        ))}
      </ul>
      <CopyMarkdownButton url={href("markdown")} />
    </section>
  );
}
