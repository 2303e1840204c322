"use client";

import { BuildOrRentPanel } from "@/components/ownership/build-or-rent-panel";
import { SetupPanel } from "@/components/provisioning/setup-panel";
import { VerifyPanel } from "@/components/verify/verify-panel";
import { WorkloadsPanel } from "@/components/workloads/workloads-panel";
import { useSharePanels } from "./use-share-panels";

const PANELS = {
  workloads: { title: "What runs on this box", minHeight: "min-h-[32rem]" },
  ownership: { title: "Build or rent", minHeight: "min-h-[36rem]" },
  setup: { title: "Set up this machine", minHeight: "min-h-[28rem]" },
  verify: { title: "Verify this machine", minHeight: "min-h-[40rem]" },
} as const;

export type DeferredPanelName = keyof typeof PANELS;

/**
 * A share-page panel below the fold, rendered once its data arrives (one cached request for all
 * four) instead of in the page's HTML, which they would otherwise make three times as heavy.
 * Until then, a placeholder of about the panel's height keeps the page from jumping.
 */
export function DeferredPanel({ buildId, buildName, panel }: { buildId: string; buildName: string; panel: DeferredPanelName }) {
  const { state, retry } = useSharePanels(buildId);
  if (state.kind === "ready") {
    const { data } = state;
    if (panel === "workloads") return <WorkloadsPanel source={{ kind: "build", buildId }} initialResults={data.workloads.results} initialModels={data.workloads.models} />;
    if (panel === "ownership") return <BuildOrRentPanel setup={data.ownership} />;
    if (panel === "setup") return <SetupPanel buildId={buildId} buildName={buildName} initialPlan={data.plan} />;
    return <VerifyPanel {...data.verify} />;
  }
  const { title, minHeight } = PANELS[panel];
  return (
    <section aria-labelledby={`deferred-${panel}-h`} aria-busy={state.kind === "loading"} data-testid={`deferred-${panel}`}
      className={`space-y-2 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 ${minHeight}`}>
      <h2 id={`deferred-${panel}-h`} className="text-lg font-semibold">{title}</h2>
      {state.kind === "error" ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          This section could not be loaded ({state.message}).{" "}
          <button type="button" onClick={retry} className="underline">Try again</button>
        </p>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading…</p>
      )}
      <noscript><p className="text-sm">This section needs JavaScript.</p></noscript>
    </section>
  );
}
