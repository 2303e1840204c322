"use client";

import { useSyncExternalStore } from "react";
import { recallToken } from "@/components/builder/token-store";
import type { VerifyPanelData } from "@/lib/services/verify-panel";
import { ChecklistView } from "./checklist-view";
import { LatestRun } from "./latest-run";
import { RunHistory } from "./run-history";
import { muted } from "./styles";
import { UploadForm } from "./upload-form";
import { useBenchmarkRuns } from "./use-benchmark-runs";

const subscribeNothing = () => () => {};
const link = "inline-block max-w-full break-all rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/**
 * Share-page panel: the build's checklist, the benchmark downloads, and uploaded results judged
 * against this build. Everyone sees results; only the owner (token in this browser) changes them.
 */
export function VerifyPanel({ buildId, buildVersion, checklist, runs: initialRuns, downloads }: VerifyPanelData) {
  // The server snapshot is "no token", so the owner's controls appear only after hydration.
  const token = useSyncExternalStore(subscribeNothing, () => recallToken(buildId), () => null);
  const { runs, status, upload, remove } = useBenchmarkRuns(buildId, initialRuns, token);
  const busy = status.kind === "busy";
  const latest = runs[0];
  return (
    <section aria-labelledby="verify-h" data-testid="verify-panel" className="space-y-6 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="space-y-2">
        <h2 id="verify-h" className="text-lg font-semibold">Verify this machine</h2>
        <p className={`text-sm ${muted}`}>
          Once it is assembled, work through the checklist, then run the benchmark script on the machine
          (<code className="break-all font-mono">bash {downloads.script.fileName} &gt; result.json</code>; add <code className="font-mono">--full</code> for the hour-long burn-in).
          It only reads and measures; the owner uploads <code className="font-mono">result.json</code> here to compare it with what these parts should do.
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={downloads.checklist.url} download={downloads.checklist.fileName} data-testid="checklist-download" className={link}>Download {downloads.checklist.fileName}</a>
          <a href={downloads.script.url} download={downloads.script.fileName} data-testid="benchmark-download" className={link}>Download {downloads.script.fileName}</a>
        </div>
      </div>
      <section className="space-y-4" aria-labelledby="verify-results-h">
        <h3 id="verify-results-h" className="font-semibold">Results</h3>
        <p role="status" aria-live="polite" data-testid="verify-status"
          className={`text-sm ${status.kind === "error" ? "text-red-700 dark:text-red-400" : muted}`}>
          {status.kind === "done" || status.kind === "error" ? status.message : busy ? "Working…" : ""}
        </p>
        {latest ? <LatestRun run={latest} buildVersion={buildVersion} /> : (
          <p className={`text-sm ${muted}`} data-testid="no-runs">No results uploaded yet.</p>
        )}
        {token ? <UploadForm onUpload={upload} busy={busy} /> : null}
        {runs.length > 0 ? (
          <div className="space-y-2">
            <h4 className="text-sm font-semibold">History</h4>
            <RunHistory runs={runs} busy={busy} onDelete={token ? remove : undefined} />
          </div>
        ) : null}
      </section>
      <ChecklistView buildId={buildId} checklist={checklist} />
    </section>
  );
}
