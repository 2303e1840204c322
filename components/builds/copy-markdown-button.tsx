"use client";

import { useState } from "react";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "copied" } | { kind: "failed"; message: string };

/** Fetches the markdown export and copies it; says so in a live region either way. */
export function CopyMarkdownButton({ url }: { url: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  async function copy() {
    setState({ kind: "busy" });
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The export failed (HTTP ${response.status}).`);
      await navigator.clipboard.writeText(await response.text());
      setState({ kind: "copied" });
    } catch (error) {
      const blocked = error instanceof Error && error.name === "NotAllowedError";
      setState({ kind: "failed", message: blocked ? "This browser blocked the clipboard; use Download Markdown instead." : String((error as Error).message ?? error) });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} disabled={state.kind === "busy"}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
        Copy as PCPartPicker markdown
      </button>
      <p aria-live="polite" className={`text-sm ${state.kind === "failed" ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`} data-testid="copy-markdown-status">
        {state.kind === "copied" ? "Copied to the clipboard." : state.kind === "failed" ? state.message : ""}
      </p>
    </div>
  );
}
