"use client";

import { useEffect, useState } from "react";
import { CopyButton } from "@/components/builder/copy-button";

type Loaded = { url: string; text: string } | { url: string; error: string };

/**
 * The script behind the download link, fetched only once the reader opens the preview (it is
 * ~15 kB) and again whenever the options change while it is open.
 */
export function ScriptPreview({ url, fileName }: { url: string; fileName: string }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setLoaded({ url, text: await response.text() });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setLoaded({ url, error: e instanceof Error ? e.message : "Could not load the script" });
      });
    return () => controller.abort();
  }, [open, url]);

  const current = loaded?.url === url ? loaded : null;
  return (
    <details className="rounded-md border border-zinc-200 dark:border-zinc-800" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Preview {fileName}</summary>
      <div className="space-y-2 border-t border-zinc-200 p-3 dark:border-zinc-800">
        {!current ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading the script…</p> : null}
        {current && "error" in current ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not load the script: {current.error}</p> : null}
        {current && "text" in current ? (
          <>
            <div className="flex justify-end"><CopyButton text={current.text} label={`Copy ${fileName}`} /></div>
            <pre data-testid="script-preview" tabIndex={0}
              className="max-h-96 overflow-auto rounded bg-zinc-100 p-3 font-mono text-xs leading-relaxed dark:bg-zinc-900">{current.text}</pre>
          </>
        ) : null}
      </div>
    </details>
  );
}
