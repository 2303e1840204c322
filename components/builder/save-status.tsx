"use client";

import { describeFieldPath } from "@/lib/builds/item-fields";
import type { SaveOutcome } from "./save-build";

/** What a save of an existing build said: saved with its version, a conflict, or why not. */
export function SaveStatus({ outcome }: { outcome: SaveOutcome | null }) {
  if (!outcome || outcome.kind === "created") return null;
  if (outcome.kind === "updated") return <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">Saved (version {outcome.version}).</p>;
  const conflict = outcome.kind === "conflict";
  return (
    <div role="alert" className={`rounded-lg border p-3 text-sm ${conflict ? "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950" : "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950"}`} data-testid="save-error">
      <p className="font-medium">{conflict ? "This build changed since you opened it." : outcome.kind === "refused" ? "Not allowed to save." : "Could not save."}</p>
      <p>{outcome.message}</p>
      {conflict ? <p className="mt-1">Your edits are still here. Open the <a className="underline" href={window.location.pathname.replace(/\/edit$/, "")} target="_blank" rel="noopener">latest version</a> in a new tab to compare.</p> : null}
      {outcome.kind === "invalid" && outcome.fieldErrors ? (
        <ul className="mt-1 list-disc pl-5">{Object.entries(outcome.fieldErrors).map(([k, v]) => <li key={k}>{describeFieldPath(k)}: {v.join("; ")}</li>)}</ul>
      ) : null}
    </div>
  );
}
